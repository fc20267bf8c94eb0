package org.imrf.misplaced.order;

import org.springframework.web.bind.annotation.RestController;

/** Fixture: a controller beside the domain, with a web package that holds none. */
@RestController
class OrderController {}
