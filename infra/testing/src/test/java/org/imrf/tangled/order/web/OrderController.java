package org.imrf.tangled.order.web;

import org.springframework.web.bind.annotation.RestController;

/** Fixture: a controller. */
@RestController
public class OrderController {}
