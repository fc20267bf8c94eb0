package org.imrf.tangled.order;

/** Fixture: a domain class that knows its web adapter. */
class Order {
  org.imrf.tangled.order.web.OrderController controller;
}
