package org.imrf.notification.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.imrf.notification.EventFixtures;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Where the rules say so, an applicant is told which State objected, and why. */
@ServiceTest
@TestPropertySource(properties = "imrf.accreditation.objection-disclosure=state-and-reason")
class NamingTheObjectingStateTest {

  @Autowired RestTestClient http;

  @Test
  void theObjectingStateIsNamedInTheApplicantsLanguageWithItsReason() {
    UUID participant = UUID.randomUUID();
    EventFixtures.registered(
            UUID.randomUUID(),
            participant,
            "Айгерим Сейткали",
            "ru",
            "imrf-2026",
            "online",
            "pending")
        .send();
    EventFixtures.provisionallyApproved(participant, Instant.parse("2026-03-16T15:30:00Z")).send();

    EventFixtures.objected(participant, "NO", "Заявка подана после установленного срока.").send();

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> notifications(participant).get("totalItems").asInt() >= 2);
    JsonNode objected = notifications(participant).get("items").get(0);
    assertThat(objected.get("kind").asString()).isEqualTo("accreditation-objected");
    assertThat(objected.get("body").asString())
        .contains(
            "Возражение выдвинуто следующим государством: Норвегия.",
            "Указанная причина: Заявка подана после установленного срока.");
  }

  private JsonNode notifications(UUID participant) {
    return http.get()
        .uri("/notifications?participant={p}", participant)
        .header("Authorization", "Bearer " + TestTokens.attendee(participant))
        .exchange()
        .expectStatus()
        .isOk()
        .returnResult(JsonNode.class)
        .getResponseBody();
  }
}
