package org.imrf.notification.badinput;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.testing.MalformedBodies;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;

/**
 * Notifications are only read over HTTP; a body sent to them with malformed text is refused as
 * malformed, before anyone asks whether the method is allowed, and nothing is written.
 */
@ServiceTest
class GeneratedBadInputTest extends MalformedBodies {

  @Override
  protected List<Endpoint> endpoints(String marker) {
    Map<String, Object> notification =
        Map.of(
            "participant", UUID.randomUUID().toString(),
            "subject", "Your registration " + marker,
            "body", "Dear Amal Nasser, أمل ناصر " + marker);
    return List.of(
        Endpoint.json(
            "POST", "/notifications", "application/json", notification, TestTokens.organiser()),
        Endpoint.json(
            "PATCH",
            "/notifications/" + UUID.randomUUID(),
            "application/merge-patch+json",
            notification,
            TestTokens.organiser()));
  }
}
