package org.imrf.notification.webhook;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.notification.EventFixtures;
import org.imrf.notification.Topics;
import org.imrf.notification.notification.Notification;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.testing.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** What the webhook stories do over and over: participants, endpoints, notifications. */
final class WebhookStories {

  private WebhookStories() {}

  /** A participant of the organisation, registered as registration-service announces it. */
  static UUID participantOf(
      String organisation, String country, String category, ParticipantDirectory directory) {
    UUID participant = UUID.randomUUID();
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("participantId", participant.toString());
    payload.put("editionId", "imrf-2026");
    payload.put("editionTitles", Map.of("en", "International Migration Review Forum 2026"));
    payload.put("name", "Amal Nasser");
    payload.put("email", EventFixtures.email(participant));
    payload.put("organisation", organisation);
    payload.put("country", country);
    payload.put("category", category);
    payload.put("preferredLanguage", "ar");
    payload.put("attendance", "online");
    payload.put("accessibility", List.of());
    payload.put("accreditation", "not-required");
    payload.put("timeZone", "Asia/Amman");
    payload.put("registeredAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
    EventFixtures.event(
            "imrf.participant.registered.v3",
            UUID.randomUUID(),
            participant.toString(),
            Topics.PARTICIPANTS,
            payload)
        .send();
    await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(participant).isPresent());
    return participant;
  }

  /** An organiser registers an endpoint; the answer, with its secret. */
  static JsonNode register(
      RestTestClient http, String organisation, String url, List<String> kinds) {
    return http.post()
        .uri("/webhooks")
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "organisation", organisation,
                "url", url,
                "kinds", kinds,
                "description", "The delegation's CRM"))
        .exchange()
        .expectStatus()
        .isCreated()
        .returnResult(JsonNode.class)
        .getResponseBody();
  }

  static JsonNode endpoint(RestTestClient http, String id) {
    return http.get()
        .uri("/webhooks/{id}", id)
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isOk()
        .returnResult(JsonNode.class)
        .getResponseBody();
  }

  /** A notification as the writer makes it, in Arabic. */
  static Notification notification(UUID participant, String kind) {
    return new Notification(
        UUID.randomUUID(),
        participant,
        UUID.randomUUID(),
        kind,
        "email",
        "amal@example.org",
        "ar",
        "تأكيد التسجيل",
        "عزيزتي أمل، تم استلام تسجيلك.",
        Instant.now().truncatedTo(ChronoUnit.MILLIS));
  }
}
