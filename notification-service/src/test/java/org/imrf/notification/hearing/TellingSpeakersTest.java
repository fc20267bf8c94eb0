package org.imrf.notification.hearing;

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
import org.imrf.notification.notification.Message;
import org.imrf.notification.notification.Templates;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Selected and declined speakers are told, once, in their language. */
@ServiceTest
class TellingSpeakersTest {

  private static final String SESSION = "Thematic session 2: detention";

  @Autowired RestTestClient http;
  @Autowired MeterRegistry meters;
  @Autowired ParticipantDirectory participants;
  @Autowired Templates templates;

  @Test
  void aSelectedSpeakerIsToldHerTurnOnceInHerLanguageAndInHerOwnTime() {
    // given a French-speaking participant following the forum from Paris
    UUID speaker = registered("Amélie Dubois", "fr");

    // when she is selected as third speaker, at 10:06 New York time (the event comes twice, as a
    // redelivery would)
    var selected = selected(speaker, 3, "PT3M", "2026-05-04T14:06:00Z", "Europe/Paris");
    double skipped = deduplicated();
    selected.send();
    selected.send();

    // then she is told once, in French, with her place, time limit and turn in both times
    await().atMost(Duration.ofSeconds(30)).until(() -> deduplicated() > skipped);
    JsonNode told = only(speaker);
    assertThat(told.get("kind").asString()).isEqualTo("hearing-speaker-selected");
    assertThat(told.get("language").asString()).isEqualTo("fr");
    assertThat(told.get("body").asString())
        .contains("Bonjour Amélie Dubois", "«\u00a0" + SESSION + "\u00a0»", "numéro 3", "3 min")
        .contains("4 mai 2026", "10:06", "16:06")
        .doesNotContain("{");
  }

  @Test
  void anArabicSpeakerIsWrittenToRightToLeft() {
    UUID speaker = registered("ليلى حداد", "ar");

    selected(speaker, 1, "PT4M30S", "2026-05-04T14:00:00Z", "Asia/Amman").send();

    JsonNode told = only(speaker);
    assertThat(told.get("direction").asString()).isEqualTo("rtl");
    assertThat(told.get("subject").asString()).startsWith("كلمتك في جلسة الاستماع");
    assertThat(told.get("body").asString())
        .contains("ليلى حداد", SESSION, "بتوقيتك المحلي")
        // numbers in the Latin digits its dates are written with
        .contains("ترتيبك 1 ", "بالدقائق: 4.5", "2026");
  }

  @Test
  void aSpeakerWhereTheHearingIsHeldIsGivenOneTime() {
    UUID speaker = registered("Grace Mensah", "en");

    selected(speaker, 2, "PT5M", "2026-05-04T14:05:00Z", "America/Toronto").send();

    assertThat(only(speaker).get("body").asString())
        .contains("number 2", "5 min", "10:05")
        .doesNotContain("where you are");
  }

  @Test
  void aDeclinedSpeakerIsToldTheReasonOnce() {
    // given a Spanish-speaking participant
    UUID speaker = registered("María José Pérez", "es");

    // when her request is declined, with a reason (the event comes twice)
    var declined = declined(speaker, "La sesión solo admite ocho oradores.");
    double skipped = deduplicated();
    declined.send();
    declined.send();

    // then she is told once, in Spanish, with the reason
    await().atMost(Duration.ofSeconds(30)).until(() -> deduplicated() > skipped);
    JsonNode told = only(speaker);
    assertThat(told.get("kind").asString()).isEqualTo("hearing-speaker-declined");
    assertThat(told.get("body").asString())
        .contains("Estimado/a María José Pérez", "«" + SESSION + "»")
        .contains("Motivo indicado: La sesión solo admite ocho oradores.");
  }

  @Test
  void everyUnLanguageHasBothMessagesWithEveryPlaceholderFilled() {
    for (String language : List.of("ar", "zh", "en", "fr", "ru", "es")) {
      Message selected =
          templates.render(HearingMessages.SELECTED, language, "N", "E", "S", 1, "3", "T", "");
      Message declined = templates.render(HearingMessages.DECLINED, language, "N", "E", "S", "R");
      String yours = templates.phrase(HearingMessages.SELECTED + ".your-time", language, "T", "Z");
      for (String text :
          List.of(
              selected.subject(), selected.body(), declined.subject(), declined.body(), yours)) {
        assertThat(text).as(language).doesNotContain("{").doesNotContain("}");
      }
      assertThat(selected.body()).as(language).contains("S", "T");
      assertThat(declined.body()).as(language).contains("R");
      if (!language.equals("en")) {
        assertThat(selected.body())
            .as(language + " is translated")
            .isNotEqualTo(
                templates
                    .render(HearingMessages.SELECTED, "en", "N", "E", "S", 1, "3", "T", "")
                    .body());
      }
    }
  }

  /** A participant registered (as registration-service announces it), once this service knows. */
  private UUID registered(String name, String language) {
    UUID participant = UUID.randomUUID();
    EventFixtures.registered(
            UUID.randomUUID(), participant, name, language, "imrf-2026", "online", "granted")
        .send();
    // (the two topics are read independently: the registration is known before the news)
    await().atMost(Duration.ofSeconds(30)).until(() -> participants.find(participant).isPresent());
    return participant;
  }

  private static EventFixtures.Event selected(
      UUID speaker, int position, String speakingTime, String plannedStartAt, String zone) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("requestId", UUID.randomUUID().toString());
    payload.put("editionId", "imrf-2026");
    payload.put("sessionId", UUID.randomUUID().toString());
    payload.put("sessionTitle", SESSION);
    payload.put("sessionStartsAt", "2026-05-04T14:00:00Z");
    payload.put("timeZone", "America/New_York");
    payload.put("participantId", speaker.toString());
    payload.put("speakerTimeZone", zone);
    payload.put("position", position);
    payload.put("speakingTime", speakingTime);
    payload.put("plannedStartAt", plannedStartAt);
    payload.put("selectedBy", "organiser@un.example");
    payload.put("selectedAt", Instant.now().toString());
    return EventFixtures.event(
        SpeakerSelected.TYPE, UUID.randomUUID(), "imrf-2026", Topics.HEARING, payload);
  }

  private static EventFixtures.Event declined(UUID speaker, String reason) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("requestId", UUID.randomUUID().toString());
    payload.put("editionId", "imrf-2026");
    payload.put("sessionId", UUID.randomUUID().toString());
    payload.put("sessionTitle", SESSION);
    payload.put("participantId", speaker.toString());
    payload.put("wasSelected", false);
    payload.put("reason", reason);
    payload.put("declinedBy", "organiser@un.example");
    payload.put("declinedAt", Instant.now().toString());
    return EventFixtures.event(
        SpeakerDeclined.TYPE, UUID.randomUUID(), "imrf-2026", Topics.HEARING, payload);
  }

  /** The participant's one notification, once it came; a second would fail. */
  private JsonNode only(UUID participant) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> notifications(participant).get("totalItems").asInt() >= 1);
    // news is read in order per edition: once later news is told, anything more is here too
    UUID later = registered("Kofi Boateng", "en");
    selected(later, 9, "PT3M", "2026-05-04T14:30:00Z", "America/New_York").send();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> notifications(later).get("totalItems").asInt() >= 1);
    JsonNode page = notifications(participant);
    assertThat(page.get("totalItems").asInt()).isEqualTo(1);
    return page.get("items").get(0);
  }

  private double deduplicated() {
    return meters
        .find("imrf.events.deduplicated")
        .tag("consumer", "hearing-notifications")
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
}
