package org.imrf.notification.rescheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.notification.EventFixtures;
import org.imrf.notification.Topics;
import org.imrf.notification.participant.KnownParticipants;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

@ServiceTest
class TellingParticipantsOfAReschedulingTest {

  @Autowired RestTestClient http;
  @Autowired MeterRegistry meters;
  @Autowired KnownParticipants participants;

  @Test
  void everyParticipantOfTheEditionAndNoOneElseHearsOfItInTheirLanguage() {
    // given two participants of one edition, and one of another
    String edition = "imrf-" + (2100 + (int) (Math.random() * 800));
    UUID arabic = UUID.randomUUID();
    UUID french = UUID.randomUUID();
    UUID elsewhere = UUID.randomUUID();
    EventFixtures.registered(UUID.randomUUID(), arabic, "نادية", "ar", edition).send();
    EventFixtures.registered(UUID.randomUUID(), french, "Amélie", "fr", edition).send();
    EventFixtures.registered(UUID.randomUUID(), elsewhere, "Grace", "en", "imrf-2026").send();
    // (the two topics are read independently: the registrations are known before the news)
    await().atMost(Duration.ofSeconds(30)).until(() -> participants.ofEdition(edition).size() == 2);

    // when the edition is rescheduled (sent twice, as a redelivery would)
    var rescheduled = rescheduled(edition, "2031-05-16", "2031-05-20");
    rescheduled.send();
    rescheduled.send();

    // then each of its participants hears of it once, in their language, with the new dates
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> deduplicated() >= 1); // the redelivery was seen, and skipped
    JsonNode inArabic = awaitOne(arabic);
    assertThat(inArabic.get("kind").asString()).isEqualTo("edition-rescheduled");
    assertThat(inArabic.get("direction").asString()).isEqualTo("rtl");
    assertThat(inArabic.get("body").asString())
        .contains("نادية", "2031")
        .contains("/api/registration/editions/" + edition);
    JsonNode inFrench = awaitOne(french);
    assertThat(inFrench.get("body").asString())
        .contains("Bonjour Amélie", "du 16 mai 2031 au 20 mai 2031");
    // and the participant of another edition does not
    assertThat(notifications(elsewhere).get("totalItems").asInt()).isZero();
  }

  private JsonNode awaitOne(UUID participant) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> notifications(participant).get("totalItems").asInt() >= 1);
    JsonNode page = notifications(participant);
    assertThat(page.get("totalItems").asInt()).isEqualTo(1);
    return page.get("items").get(0);
  }

  private double deduplicated() {
    return meters
        .find("imrf.events.deduplicated")
        .tag("consumer", "edition-notifications")
        .counters()
        .stream()
        .mapToDouble(counter -> counter.count())
        .sum();
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

  private static EventFixtures.Event rescheduled(String edition, String from, String to) {
    Map<String, Object> schedule = new LinkedHashMap<>();
    schedule.put("startsOn", from);
    schedule.put("endsOn", to);
    schedule.put("programme", List.of());
    Map<String, Object> previous = new LinkedHashMap<>();
    previous.put("startsOn", null);
    previous.put("endsOn", null);
    previous.put("programme", List.of());
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("editionId", edition);
    payload.put("title", "International Migration Review Forum " + edition.substring(5));
    payload.put("timeZone", "America/New_York");
    payload.put("previous", previous);
    payload.put("current", schedule);
    payload.put("rescheduledBy", "organiser");
    payload.put("rescheduledAt", Instant.now().toString());
    return EventFixtures.event(
        EditionRescheduled.TYPE, UUID.randomUUID(), edition, Topics.EDITIONS, payload);
  }
}
