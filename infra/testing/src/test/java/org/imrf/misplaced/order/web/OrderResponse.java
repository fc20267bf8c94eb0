package org.imrf.misplaced.order.web;

/** Fixture: a response record. */
record OrderResponse(String id) {}
