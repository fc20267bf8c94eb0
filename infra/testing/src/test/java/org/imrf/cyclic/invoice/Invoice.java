package org.imrf.cyclic.invoice;

/** Fixture: two features that need each other. */
public class Invoice {
  org.imrf.cyclic.order.Order order;
}
