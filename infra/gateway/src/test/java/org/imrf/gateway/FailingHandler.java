package org.imrf.gateway;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A handler of the gateway's that fails in a way nobody foresaw, as a bug would. */
@TestConfiguration
@RestController
class FailingHandler {

  @GetMapping("/test/unforeseen")
  String fail() {
    throw new IllegalStateException("secret internal state: db password is hunter2");
  }
}
