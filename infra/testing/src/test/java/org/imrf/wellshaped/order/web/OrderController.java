package org.imrf.wellshaped.order.web;

import org.springframework.web.bind.annotation.RestController;

/** Fixture: a controller in its feature's web adapter. */
@RestController
class OrderController {
  org.imrf.wellshaped.order.web.OrderResponse response;
}
