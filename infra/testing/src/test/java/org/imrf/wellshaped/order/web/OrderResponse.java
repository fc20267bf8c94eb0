package org.imrf.wellshaped.order.web;

/** Fixture: a response record. */
record OrderResponse(String id) {}
