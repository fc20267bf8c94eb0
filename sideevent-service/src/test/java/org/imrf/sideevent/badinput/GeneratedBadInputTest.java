package org.imrf.sideevent.badinput;

import java.util.List;
import org.imrf.testing.MalformedBodies;
import org.imrf.testing.ServiceTest;

/**
 * No endpoints of its own take a body yet: malformed text sent anywhere is refused all the same.
 * The first endpoint that takes one joins the list.
 */
@ServiceTest
class GeneratedBadInputTest extends MalformedBodies {

  @Override
  protected List<Endpoint> endpoints(String marker) {
    return List.of();
  }
}
