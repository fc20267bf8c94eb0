package org.imrf.notification.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.UUID;
import org.imrf.notification.EventFixtures;
import org.imrf.notification.Topics;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
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
  void aNewParticipantIsConfirmedInTheirOwnLanguageWithTheirAccessLink(
      String language, String direction, String greeting, String name) {
    // given a participant who registered in their language, and was given a link
    UUID participant = UUID.randomUUID();
    String link = "http://127.0.0.1:8080/access/" + UUID.randomUUID();

    // when registration-service's events arrive
    EventFixtures.registration(participant, name, language, link)
        .forEach(EventFixtures.Event::send);

    // then one confirmation, in that language and direction, carries the link
    JsonNode confirmation = awaitNotifications(participant, 1).get("items").get(0);
    assertThat(confirmation.get("kind").asString()).isEqualTo("registration-confirmation");
    assertThat(confirmation.get("language").asString()).isEqualTo(language);
    assertThat(confirmation.get("direction").asString()).isEqualTo(direction);
    assertThat(confirmation.get("channel").asString()).isEqualTo("email");
    assertThat(confirmation.get("body").asString()).contains(greeting, name, link);
    // naming the edition in that language
    assertThat(confirmation.get("subject").asString()).contains(EventFixtures.TITLES.get(language));
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
  void aFreshLinkAskedForByAddressComesInAMessageOfItsOwnThatLeavesTheEarlierOneWorking() {
    UUID participant = UUID.randomUUID();
    EventFixtures.registration(participant, "Tomás", "es", "http://x/access/first")
        .forEach(EventFixtures.Event::send);
    awaitNotifications(participant, 1);

    // anyone may ask with the address: the earlier link works until this one is opened
    EventFixtures.linkIssued(UUID.randomUUID(), participant, "http://x/access/second", "requested")
        .send();

    JsonNode newest = awaitNotifications(participant, 2).get("items").get(0);
    assertThat(newest.get("kind").asString()).isEqualTo("access-link");
    assertThat(newest.get("body").asString())
        .contains(
            "http://x/access/second",
            "En cuanto lo abra, sus enlaces anteriores dejarán de funcionar",
            "su enlace anterior sigue funcionando")
        .doesNotContain("http://x/access/first", "ya no funciona");
  }

  @Test
  void aReplacedLinkComesWithWordThatTheEarlierOneNoLongerWorks() {
    UUID participant = UUID.randomUUID();
    EventFixtures.registration(participant, "Tomás", "es", "http://x/access/first")
        .forEach(EventFixtures.Event::send);
    awaitNotifications(participant, 1);

    EventFixtures.linkIssued(UUID.randomUUID(), participant, "http://x/access/second", "reissued")
        .send();

    JsonNode newest = awaitNotifications(participant, 2).get("items").get(0);
    assertThat(newest.get("kind").asString()).isEqualTo("access-link");
    assertThat(newest.get("body").asString())
        .contains("http://x/access/second", "anterior ya no funciona");
  }

  @Test
  void theSameEventDeliveredTwiceHasOneEffect() {
    // given a registration whose link event was delivered once
    UUID participant = UUID.randomUUID();
    var events = EventFixtures.registration(participant, "Tomás", "es", "http://x/l");
    events.forEach(EventFixtures.Event::send);
    awaitNotifications(participant, 1);
    double skipped = deduplicated();

    // when it is delivered again, as a producer retry or a replay would
    events.get(1).send();

    // then it is recognised and skipped, and there is still exactly one confirmation
    await().atMost(Duration.ofSeconds(20)).until(() -> deduplicated() > skipped);
    assertThat(notifications(participant).get("totalItems").asLong()).isEqualTo(1);
    assertThat(
            meters
                .get("imrf.events.consumed")
                .tag("topic", Topics.PARTICIPANTS)
                .tag("consumer", "participant-notifications")
                .counter()
                .count())
        .isPositive();
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
