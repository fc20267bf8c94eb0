package org.imrf.notification.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.imrf.contracts.EventContracts;
import org.imrf.notification.Topics;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

@ServiceTest
class ConfirmingARegistrationTest {

  @Autowired RestTestClient http;
  @Autowired MeterRegistry meters;

  @ParameterizedTest(name = "in {0}")
  @CsvSource({
    "ar, rtl, مرحبًا, نادية",
    "zh, ltr, 您好, 王芳",
    "en, ltr, Dear, Grace",
    "fr, ltr, Bonjour, Amélie",
    "ru, ltr, Здравствуйте, Ольга",
    "es, ltr, Estimado, Lucía"
  })
  void aNewParticipantIsConfirmedInTheirOwnLanguage(
      String language, String direction, String greeting, String name) {
    // given a participant who registered in their language
    UUID participant = UUID.randomUUID();
    var event = ParticipantEventsFixture.registered(UUID.randomUUID(), participant, name, language);

    // when the event arrives
    TopicWriter.send(Topics.PARTICIPANTS, event.key(), event.headers(), event.payload());

    // then one confirmation, written in that language and direction, is readable
    JsonNode confirmation = awaitNotifications(participant, 1).get("items").get(0);
    assertThat(confirmation.get("kind").asString()).isEqualTo("registration-confirmation");
    assertThat(confirmation.get("language").asString()).isEqualTo(language);
    assertThat(confirmation.get("direction").asString()).isEqualTo(direction);
    assertThat(confirmation.get("channel").asString()).isEqualTo("email");
    assertThat(confirmation.get("body").asString()).contains(greeting, name);
    assertThat(confirmation.get("subject").asString())
        .contains("International Migration Review Forum 2026");
    http.get()
        .uri("/notifications/{id}", confirmation.get("id").asString())
        .header("Authorization", "Bearer " + TestTokens.attendee(participant))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.participantId")
        .isEqualTo(participant.toString());
  }

  @Test
  void theSameEventDeliveredTwiceConfirmsOnce() {
    // given an event that was delivered once
    UUID participant = UUID.randomUUID();
    var event = ParticipantEventsFixture.registered(UUID.randomUUID(), participant, "Tomás", "es");
    TopicWriter.send(Topics.PARTICIPANTS, event.key(), event.headers(), event.payload());
    awaitNotifications(participant, 1);
    double skipped = deduplicated();

    // when it is delivered again, as a producer retry or a replay would
    TopicWriter.send(Topics.PARTICIPANTS, event.key(), event.headers(), event.payload());

    // then it is recognised and skipped, and there is still exactly one confirmation
    await().atMost(Duration.ofSeconds(20)).until(() -> deduplicated() > skipped);
    assertThat(notifications(participant).get("totalItems").asLong()).isEqualTo(1);
    assertThat(
            meters
                .get("imrf.events.consumed")
                .tag("topic", Topics.PARTICIPANTS)
                .tag("consumer", "registration-confirmation")
                .counter()
                .count())
        .isPositive();
  }

  @Test
  void everyExampleEventInTheContractsIsConfirmed() {
    EventContracts contracts = EventContracts.load();
    JsonNode message =
        contracts.document().at("/components/messages/participantRegistered/examples");
    assertThat(message.isArray()).isTrue();
    for (JsonNode example : message) {
      Map<String, String> headers = new LinkedHashMap<>();
      example
          .path("headers")
          .properties()
          .forEach(h -> headers.put(h.getKey(), h.getValue().asString()));
      UUID participant = UUID.fromString(example.path("payload").path("participantId").asString());

      TopicWriter.send(
          Topics.PARTICIPANTS,
          participant.toString(),
          headers,
          example.path("payload").toString().getBytes(StandardCharsets.UTF_8));

      JsonNode confirmation = awaitNotifications(participant, 1).get("items").get(0);
      assertThat(confirmation.get("recipient").asString())
          .isEqualTo(example.path("payload").path("email").asString());
    }
  }

  @Test
  void pagingParametersOutOfRangeAreNamed() {
    http.get()
        .uri("/notifications?participant={p}&size=1000", UUID.randomUUID())
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("size");
    http.get()
        .uri("/notifications?participant=someone")
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("participant");
  }

  private JsonNode awaitNotifications(UUID participant, int count) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> notifications(participant).get("totalItems").asLong() >= count);
    return notifications(participant);
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

  private double deduplicated() {
    return meters.find("imrf.events.deduplicated").counters().stream()
        .mapToDouble(counter -> counter.count())
        .sum();
  }
}
