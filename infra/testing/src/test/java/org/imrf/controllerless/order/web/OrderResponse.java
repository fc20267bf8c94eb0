package org.imrf.controllerless.order.web;

/** Fixture: a web adapter without a controller, so the controller rule would check nothing. */
record OrderResponse(String id) {}
