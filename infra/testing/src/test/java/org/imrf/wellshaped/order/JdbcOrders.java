package org.imrf.wellshaped.order;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Fixture: a JDBC adapter beside its feature's port. */
class JdbcOrders {
  JdbcClient jdbc;
}
