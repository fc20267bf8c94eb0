package org.imrf.callingin.order.persistence;

/** Fixture: an outgoing adapter that calls a consumer, which only the framework should call. */
class OrderRows {
  org.imrf.callingin.order.messaging.OrderConsumer consumer;
}
