package org.imrf.notification.badinput;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.testing.MalformedBodies;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;

/**
 * Notifications are only read over HTTP; preferences, webhooks and announcements are written: a
 * body sent to them with malformed text is refused as malformed, before anyone asks whether the
 * method is allowed, and nothing is written.
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
    Map<String, Object> announcement =
        Map.of(
            "editionId", "imrf-2026",
            "subject", Map.of("en", "Visas " + marker, "ar", "التأشيرات " + marker),
            "body", Map.of("en", "Apply early " + marker, "ar", "قدّم طلبك مبكرًا " + marker),
            "categories", List.of("member-state"),
            "regions", List.of("africa"));
    Map<String, Object> webhook =
        Map.of(
            "organisation", "Réseau " + marker,
            "url", "https://hooks.imrf.invalid/" + marker,
            "kinds", List.of("*"),
            "description", "CRM " + marker);
    return List.of(
        Endpoint.json("POST", "/webhooks", "application/json", webhook, TestTokens.organiser()),
        Endpoint.json(
            "PATCH",
            "/webhooks/" + UUID.randomUUID(),
            "application/merge-patch+json",
            webhook,
            TestTokens.organiser()),
        Endpoint.json(
            "PUT",
            "/webhooks/" + UUID.randomUUID(),
            "application/json",
            webhook,
            TestTokens.organiser()),
        Endpoint.json(
            "POST", "/announcements", "application/json", announcement, TestTokens.organiser()),
        Endpoint.json(
            "PUT",
            "/announcements/" + UUID.randomUUID(),
            "application/json",
            announcement,
            TestTokens.organiser()),
        Endpoint.json(
            "POST", "/notifications", "application/json", notification, TestTokens.organiser()),
        Endpoint.json(
            "PATCH",
            "/notifications/" + UUID.randomUUID(),
            "application/merge-patch+json",
            notification,
            TestTokens.organiser()),
        Endpoint.json(
            "PUT",
            "/participants/" + UUID.randomUUID() + "/preferences",
            "application/json",
            Map.of(
                "language",
                "fr " + marker,
                "deliveryMode",
                "daily-digest",
                "channels",
                Map.of("*", List.of("email " + marker))),
            TestTokens.organiser()));
  }
}
