package org.imrf.borrowing.order;

/** Fixture: a service that uses another service's code. */
class Order {
  org.imrf.cyclic.order.Order theirs;
}
