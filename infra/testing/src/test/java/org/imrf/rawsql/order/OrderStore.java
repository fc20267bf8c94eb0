package org.imrf.rawsql.order;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Fixture: SQL outside any JDBC adapter. */
class OrderStore {
  JdbcClient jdbc;
}
