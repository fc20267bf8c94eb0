package org.imrf.cyclic.order;

/** Fixture: two features that need each other. */
public class Order {
  org.imrf.cyclic.invoice.Invoice invoice;
}
