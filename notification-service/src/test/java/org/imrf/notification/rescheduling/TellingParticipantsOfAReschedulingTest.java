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
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

@ServiceTest
class TellingParticipantsOfAReschedulingTest {

  static final Map<String, String> FORUM =
      Map.of(
          "en", "International Migration Review Forum 2022",
          "ar", "المنتدى الدولي لاستعراض الهجرة لعام 2022",
          "ru", "Международный форум по обзору миграции 2022 года");
  static final Map<String, String> ADOPTION =
      Map.of(
          "en", "Plenary: adoption of the Progress Declaration",
          "ar", "الجلسة العامة: اعتماد إعلان التقدم المحرز",
          "ru", "Пленарное заседание: принятие Декларации о прогрессе");
  static final Map<String, String> HEARING =
      Map.of("en", "Informal interactive multi-stakeholder hearing");

  @Autowired RestTestClient http;
  @Autowired MeterRegistry meters;
  @Autowired ParticipantDirectory participants;

  @Test
  void whenOnlyTheAdoptionPlenaryMovesTheMessageSaysWhatMovedFromWhenToWhenInBothZones() {
    // given participants in Manila (English), New York (Arabic) and Moscow (Russian)
    String edition = newEdition();
    UUID manila = participant("Grace Mensah", "en", edition, "Asia/Manila");
    UUID newYork = participant("ليلى حداد", "ar", edition, "America/New_York");
    UUID moscow = participant("Айгерим Сейткали", "ru", edition, "Europe/Moscow");

    // when the adoption plenary moves from Friday 20 May, 10:00-18:00, to Saturday 21 May,
    // 10:00-13:00 New York time, the hearing and the forum's days unchanged
    var hearing =
        EventFixtures.segment("hearing", HEARING, "2022-05-16T14:00:00Z", "2022-05-16T22:00:00Z");
    EventFixtures.rescheduled(
            edition,
            FORUM,
            EventFixtures.schedule(
                "2022-05-16",
                "2022-05-21",
                List.of(
                    hearing,
                    EventFixtures.segment(
                        "plenary", ADOPTION, "2022-05-20T14:00:00Z", "2022-05-20T22:00:00Z"))),
            EventFixtures.schedule(
                "2022-05-16",
                "2022-05-21",
                List.of(
                    hearing,
                    EventFixtures.segment(
                        "plenary", ADOPTION, "2022-05-21T14:00:00Z", "2022-05-21T17:00:00Z"))))
        .send();

    // then each hears which segment moved, from when to when, and that the days did not
    String english = awaitOne(manila).get("body").asString();
    assertThat(english)
        .contains(
            "The programme of International Migration Review Forum 2022 has changed:",
            "- “Plenary: adoption of the Progress Declaration”\n"
                + "  now: Saturday, 21 May 2022, 10:00–13:00 (New York Time), that is Saturday, 21"
                + " May 2022 at 22:00\u2009–\u2009Sunday, 22 May 2022 at 01:00 (Philippines Time)"
                + " where you are\n"
                + "  until now: Friday, 20 May 2022, 10:00–18:00 (New York Time), that is Friday,"
                + " 20 May 2022 at 22:00\u2009–\u2009Saturday, 21 May 2022 at 06:00 (Philippines"
                + " Time) where you are",
            "The forum's dates are unchanged: 16–21 May 2022.",
            "http://127.0.0.1:8080/programme/" + edition + "?lang=en")
        .doesNotContain("hearing", "rescheduled. It now takes place");
    // (where they are is where the forum is: one time is enough)
    JsonNode arabic = awaitOne(newYork);
    assertThat(arabic.get("subject").asString())
        .isEqualTo("تغيير في البرنامج: المنتدى الدولي لاستعراض الهجرة لعام 2022");
    assertThat(arabic.get("body").asString())
        .contains("«الجلسة العامة: اعتماد إعلان التقدم المحرز»", "السبت، 21 مايو 2022")
        .contains("/programme/" + edition + "?lang=ar")
        .doesNotContain("بتوقيتك المحلي", ",");
    // and a Russian date ending a sentence keeps one period
    assertThat(awaitOne(moscow).get("body").asString())
        .contains("Сроки проведения форума не изменились: 16–21 мая 2022\u202fг.\n")
        .doesNotContain("г..");
  }

  @Test
  void newDaysAndSegmentsAddedAndDroppedAreEachSaid() {
    String edition = newEdition();
    UUID french = participant("Amélie Dubois", "fr", edition, "Europe/Paris");

    // the first forum was announced for 10-13 May, then held 16-20 May
    EventFixtures.rescheduled(
            edition,
            FORUM,
            EventFixtures.schedule(
                "2022-05-10",
                "2022-05-13",
                List.of(
                    EventFixtures.segment(
                        "plenary",
                        Map.of("en", "Closing plenary"),
                        "2022-05-13T14:00:00Z",
                        "2022-05-13T22:00:00Z"))),
            EventFixtures.schedule(
                "2022-05-16",
                "2022-05-20",
                List.of(
                    EventFixtures.segment(
                        "hearing",
                        Map.of("en", "Hearing", "fr", "Audition"),
                        "2022-05-16T14:00:00Z",
                        "2022-05-16T22:00:00Z"))))
        .send();

    assertThat(awaitOne(french).get("body").asString())
        .contains(
            "- Dates du forum\n  désormais\u00a0: 16–20 mai 2022\n  auparavant\u00a0: 10–13 mai 2022",
            "- «\u00a0Audition\u00a0», ajouté au programme\n  lundi 16 mai 2022",
            "- «\u00a0Closing plenary\u00a0», retiré du programme")
        .doesNotContain("ne changent pas");
  }

  @Test
  void everyParticipantOfTheEditionAndNoOneElseHearsOfItInTheirLanguageOnceAlsoFromVersionOne() {
    // given two participants of one edition, and one of another
    String edition = newEdition();
    UUID arabic = participant("نادية", "ar", edition, "Asia/Amman");
    UUID french = participant("Amélie", "fr", edition, "Europe/Paris");
    UUID elsewhere = participant("Grace", "en", "imrf-2026", "Asia/Manila");

    // when the edition is rescheduled by an event of version 1 (sent twice, as a redelivery would)
    var rescheduled = rescheduledV1(edition, "2031-05-16", "2031-05-20");
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
        .contains("نادية", "16–20 مايو 2031", "مواعيد يُعلن عنها لاحقًا");
    assertThat(awaitOne(french).get("body").asString())
        .contains("Bonjour Amélie", "désormais\u00a0: 16–20 mai 2031");
    // and the participant of another edition does not
    assertThat(notifications(elsewhere).get("totalItems").asInt()).isZero();
  }

  @Test
  void aReschedulingThatMovedNothingTellsNobody() {
    String edition = newEdition();
    UUID participant = participant("Grace Mensah", "en", edition, "Asia/Manila");
    var plenary =
        EventFixtures.segment(
            "plenary", Map.of("en", "Plenary"), "2022-05-19T14:00:00Z", "2022-05-19T22:00:00Z");
    var retitled =
        EventFixtures.segment(
            "plenary",
            Map.of("en", "Plenary", "fr", "Séance plénière"),
            "2022-05-19T14:00:00Z",
            "2022-05-19T22:00:00Z");
    double before = processed();

    EventFixtures.rescheduled(
            edition,
            FORUM,
            EventFixtures.schedule("2022-05-16", "2022-05-20", List.of(plenary)),
            EventFixtures.schedule("2022-05-16", "2022-05-20", List.of(retitled)))
        .send();

    await().atMost(Duration.ofSeconds(30)).until(() -> processed() > before);
    assertThat(notifications(participant).get("totalItems").asInt()).isZero();
  }

  private UUID participant(String name, String language, String edition, String zone) {
    UUID id = UUID.randomUUID();
    Map<String, String> titles = Map.of("en", "IMRF " + edition);
    var registered =
        EventFixtures.registered(
            UUID.randomUUID(), id, name, language, edition, "online", "not-required", titles);
    withTimeZone(registered, zone).send();
    // (the two topics are read independently: the registration is known before the news)
    await().atMost(Duration.ofSeconds(30)).until(() -> participants.find(id).isPresent());
    return id;
  }

  /** The registration with the participant's own time zone. */
  private static EventFixtures.Event withTimeZone(EventFixtures.Event registered, String zone) {
    String payload = new String(registered.payload(), java.nio.charset.StandardCharsets.UTF_8);
    return new EventFixtures.Event(
        registered.key(),
        registered.topic(),
        registered.headers(),
        payload
            .replace("\"Asia/Manila\"", "\"" + zone + "\"")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
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

  private double processed() {
    return meters
        .find("imrf.events.consumed")
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

  private static String newEdition() {
    return "imrf-" + (2100 + (int) (Math.random() * 800));
  }

  private static EventFixtures.Event rescheduledV1(String edition, String from, String to) {
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
