package org.imrf.callingin.order.messaging;

/** Fixture: a consumer. */
public class OrderConsumer {}
