package org.imrf.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imrf.backbone.language.LocalTimes;
import org.imrf.notification.EventFixtures;
import org.imrf.notification.Slips;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestClock;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Participants are reminded before the parts of the programme they take part in, at each lead time
 * (24 h and 1 h by default), in their language and in both their time and the venue's; a
 * rescheduling moves or cancels what is pending, and two instances sending at once never send one
 * reminder twice. Time passes by moving the service's clock; the sending is run as its schedule
 * would run it.
 */
@ServiceTest
class RemindingBeforeTheProgrammeTest {

  static final Map<String, String> NAMES =
      Map.of(
          "ar", "John Smith",
          "zh", "王芳",
          "en", "ليلى حداد",
          "fr", "Amélie Dubois",
          "ru", "Ольга Петрова",
          "es", "María José Pérez");
  static final Map<String, String> SESSION =
      Map.of(
          "ar", "الجلسة المواضيعية 2: الهجرة الآمنة والمنظمة والنظامية",
          "zh", "专题会议2：安全、有序和正常的移民",
          "en", "Thematic session 2: safe, orderly and regular migration",
          "fr", "Séance thématique 2\u00a0: migrations sûres, ordonnées et régulières",
          "ru", "Тематическое заседание 2: безопасная, упорядоченная и легальная миграция",
          "es", "Sesión temática 2: migración segura, ordenada y regular");
  static final Map<String, String> ROUND_TABLE =
      Map.of(
          "ar", "المائدة المستديرة 1",
          "zh", "圆桌会议1",
          "en", "Round table 1",
          "fr", "Table ronde 1",
          "ru", "Круглый стол 1",
          "es", "Mesa redonda 1");

  @Autowired RestTestClient http;
  @Autowired TestClock clock;
  @Autowired ReminderSending sending;
  @Autowired ParticipantDirectory participants;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void aSelectedSpeakerIsRemindedADayAndAnHourBeforeHerTurnInHerLanguage() {
    // given a selected speaker in each language, her turn three days ahead at the hearing in New
    // York, she herself in Manila
    Instant turn = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
    Map<String, UUID> speakers = new LinkedHashMap<>();
    for (String language : NAMES.keySet()) {
      UUID speaker = registered(NAMES.get(language), language, "imrf-2026");
      EventFixtures.speakerSelected(speaker, SESSION, turn.toString(), "Asia/Manila").send();
      speakers.put(language, speaker);
    }
    speakers.values().forEach(speaker -> messages(speaker, "hearing-speaker-selected", 1));

    // when the clock comes to a minute before the day ahead of her turn
    clock.advanceTo(turn.minus(Duration.ofHours(24)).minus(Duration.ofMinutes(1)));
    sending.sendDue(1000);

    // then she is not reminded yet
    speakers.values().forEach(speaker -> assertThat(reminders(speaker)).isEmpty());

    // when the day ahead of her turn comes
    clock.advanceTo(turn.minus(Duration.ofHours(24)));
    sending.sendDue(1000);

    // then she is reminded once, in her language, with her turn where the hearing is and where
    // she is, and nothing in it slips
    for (Map.Entry<String, UUID> speaker : speakers.entrySet()) {
      String language = speaker.getKey();
      List<JsonNode> reminders = messages(speaker.getValue(), "reminder", 1);
      assertThat(reminders).hasSize(1);
      JsonNode reminder = reminders.get(0);
      assertThat(reminder.get("language").asString()).isEqualTo(language);
      String body = reminder.get("body").asString();
      assertThat(body)
          .contains(SESSION.get(language))
          .contains(LocalTimes.dateTime(turn, ZoneId.of("America/New_York"), language))
          .contains(LocalTimes.dateTime(turn, ZoneId.of("Asia/Manila"), language));
      List<String> english = List.of(SESSION.get("en"), EventFixtures.TITLES.get("en"));
      assertThat(Slips.in(language, body, english)).as(language + " body").isEmpty();
      assertThat(Slips.in(language, reminder.get("subject").asString(), english))
          .as(language + " subject")
          .isEmpty();
    }
    assertThat(messages(speakers.get("ru"), "reminder", 1).get(0).get("body").asString())
        .contains("через 24 часа");
    assertThat(messages(speakers.get("ar"), "reminder", 1).get(0).get("body").asString())
        .contains("بعد 24 ساعة");

    // when the hour before her turn comes
    clock.advanceTo(turn.minus(Duration.ofHours(1)));
    sending.sendDue(1000);

    // then she is reminded a second time, with the hour counted in her language
    assertThat(messages(speakers.get("ru"), "reminder", 2))
        .anySatisfy(r -> assertThat(r.get("body").asString()).contains("через 1 час"));
    assertThat(messages(speakers.get("ar"), "reminder", 2))
        .anySatisfy(r -> assertThat(r.get("body").asString()).contains("بعد ساعة واحدة"));
    assertThat(messages(speakers.get("en"), "reminder", 2))
        .anySatisfy(r -> assertThat(r.get("subject").asString()).contains("in 1 hour"));
  }

  @Test
  void aSpeakerSelectedAgainWithAnotherTurnIsRemindedOfTheNewOneAndADeclinedOneOfNone() {
    // given a speaker selected for a turn in four days, in a session of her own
    UUID speaker = registered("Grace Mensah", "en", "imrf-2026");
    String session = UUID.randomUUID().toString();
    Instant first = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.MINUTES);
    Instant later = first.plus(Duration.ofHours(30));
    selected(speaker, session, first).send();
    messages(speaker, "hearing-speaker-selected", 1);

    // when she is selected again in that session, her turn thirty hours later
    selected(speaker, session, later).send();
    messages(speaker, "hearing-speaker-selected", 2);

    // then nothing is sent for the old turn, and one a day before the new one, which it gives
    clock.advanceTo(first.minus(Duration.ofHours(24)));
    sending.sendDue(1000);
    clock.advanceTo(first.minus(Duration.ofHours(1)));
    sending.sendDue(1000);
    assertThat(reminders(speaker)).isEmpty();
    clock.advanceTo(later.minus(Duration.ofHours(24)));
    sending.sendDue(1000);
    List<JsonNode> reminders = messages(speaker, "reminder", 1);
    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).get("body").asString())
        .contains(LocalTimes.dateTime(later, ZoneId.of("America/New_York"), "en"));

    // and when she is then declined in that session, she hears of her turn no more
    EventFixtures.speakerDeclined(speaker, SESSION, "The session ran short.", session).send();
    messages(speaker, "hearing-speaker-declined", 1);
    clock.advanceTo(later.minus(Duration.ofHours(1)));
    sending.sendDue(1000);
    assertThat(reminders(speaker)).hasSize(1);
  }

  @Test
  void aRunningOrderMovesTheTurnsInItAndCancelsThoseLeftOut() {
    // given two speakers selected in one session, their turns in three days
    UUID kept = registered("Ольга Петрова", "ru", "imrf-2026");
    UUID left = registered("Grace Mensah", "en", "imrf-2026");
    String session = UUID.randomUUID().toString();
    Instant turn = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
    selected(kept, session, turn).send();
    selected(left, session, turn.plus(Duration.ofMinutes(5))).send();
    messages(kept, "hearing-speaker-selected", 1);
    messages(left, "hearing-speaker-selected", 1);

    // when the organisers set the running order: the first two hours later, the other left out
    Instant moved = turn.plus(Duration.ofHours(2));
    runningOrder(session, Map.of(kept, moved)).send();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from reminder where participant_id = :p"
                                + " and state = 'cancelled'")
                        .param("p", left)
                        .query(Long.class)
                        .single()
                    == 2);

    // then a day before the old turn nobody is reminded, and a day before the new one only the
    // speaker kept, of her new turn
    clock.advanceTo(turn.minus(Duration.ofHours(24)));
    sending.sendDue(1000);
    assertThat(reminders(kept)).isEmpty();
    clock.advanceTo(moved.minus(Duration.ofHours(24)));
    sending.sendDue(1000);
    assertThat(messages(kept, "reminder", 1))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.get("body").asString())
                    .contains(LocalTimes.dateTime(moved, ZoneId.of("America/New_York"), "ru")));
    assertThat(reminders(left)).isEmpty();
  }

  @Test
  void aReschedulingBeforeTheReminderMovesIt() {
    // given a participant of an edition whose round table is five days ahead
    String edition = edition();
    UUID participant = registered("Grace Mensah", "en", edition);
    Instant first = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
    Instant later = first.plus(Duration.ofDays(2));
    programme(edition, List.of(), List.of(roundTable(first)));
    messages(participant, "edition-rescheduled", 1);

    // when the round table moves two days later, before any reminder was due
    programme(edition, List.of(roundTable(first)), List.of(roundTable(later)));
    messages(participant, "edition-rescheduled", 2);

    // then nothing is sent for the old time
    clock.advanceTo(first.minus(Duration.ofHours(24)));
    sending.sendDue(1000);
    clock.advanceTo(first.minus(Duration.ofHours(1)));
    sending.sendDue(1000);
    assertThat(reminders(participant)).isEmpty();

    // and one is sent a day before the new time, which it gives
    clock.advanceTo(later.minus(Duration.ofHours(24)));
    sending.sendDue(1000);
    List<JsonNode> reminders = messages(participant, "reminder", 1);
    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).get("body").asString())
        .contains("“Round table 1”", "begins in 24 hours")
        .contains(
            LocalTimes.span(
                later, later.plus(Duration.ofHours(3)), ZoneId.of("America/New_York"), "en"));
  }

  @Test
  void aDroppedSegmentCancelsItsReminders() {
    // given a participant of an edition whose round table is three days ahead
    String edition = edition();
    UUID participant = registered("Amélie Dubois", "fr", edition);
    Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    programme(edition, List.of(), List.of(roundTable(start)));
    messages(participant, "edition-rescheduled", 1);

    // when the round table is dropped from the programme
    programme(edition, List.of(roundTable(start)), List.of());
    messages(participant, "edition-rescheduled", 2);

    // then no reminder of it is ever sent
    clock.advanceTo(start.minus(Duration.ofHours(24)));
    sending.sendDue(1000);
    clock.advanceTo(start.minus(Duration.ofMinutes(30)));
    sending.sendDue(1000);
    assertThat(reminders(participant)).isEmpty();
  }

  @Test
  void aReminderDueWhileTheServiceWasDownIsSentLateOnlyIfItsItemHasNotStarted() {
    // given two participants of an edition whose round table is three days ahead
    String edition = edition();
    UUID early = registered("Ольга Петрова", "ru", edition);
    Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    programme(edition, List.of(), List.of(roundTable(start)));
    messages(early, "edition-rescheduled", 1);

    // when nothing was sent until half an hour before it (both reminders overdue)
    clock.advanceTo(start.minus(Duration.ofMinutes(30)));
    sending.sendDue(1000);

    // then the nearer one alone is sent, late, saying how little time is left
    List<JsonNode> reminders = messages(early, "reminder", 1);
    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).get("body").asString()).contains("через 30 минут");

    // and given another edition's segment, when nothing was sent until it had started
    String other = edition();
    UUID late = registered("María José Pérez", "es", other);
    Instant soon = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.HOURS);
    programme(other, List.of(), List.of(roundTable(soon)));
    messages(late, "edition-rescheduled", 1);
    clock.advanceTo(soon.plus(Duration.ofMinutes(5)));
    sending.sendDue(1000);

    // then no reminder is sent at all
    assertThat(reminders(late)).isEmpty();
  }

  @Test
  void twoInstancesSendingAtOnceSendEachReminderOnce() throws Exception {
    // given twelve participants of an edition whose round table is two days ahead
    String edition = edition();
    List<UUID> attendees = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      attendees.add(registered("Participant " + i, "en", edition));
    }
    Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
    programme(edition, List.of(), List.of(roundTable(start)));
    attendees.forEach(attendee -> messages(attendee, "edition-rescheduled", 1));

    // when their reminders come due and two senders claim them at once
    clock.advanceTo(start.minus(Duration.ofHours(24)));
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> sender = () -> sending.sendDue(1000);
      List<Future<Integer>> handled = two.invokeAll(List.of(sender, sender));
      int total = handled.get(0).get() + handled.get(1).get();

      // then each reminder was sent by one of them, none tried twice (a second try would fail on
      // the notification's cause, already taken), and each participant has one reminder
      assertThat(total).isGreaterThanOrEqualTo(attendees.size());
    } finally {
      two.shutdown();
    }
    assertThat(
            jdbc.sql(
                    """
                    select state from reminder
                    where participant_id = any(cast(:attendees as uuid[])) and lead_seconds = 86400
                    """)
                .param("attendees", attendees.toArray(UUID[]::new))
                .query(String.class)
                .list())
        .hasSize(attendees.size())
        .containsOnly("sent");
    for (UUID attendee : attendees) {
      assertThat(messages(attendee, "reminder", 1)).hasSize(1);
    }
  }

  /** speaker-selected, version 2, for a turn in a given session. */
  private static EventFixtures.Event selected(UUID speaker, String session, Instant turn) {
    return EventFixtures.speakerSelected(speaker, SESSION, turn.toString(), "Asia/Manila", session);
  }

  /** running-order-set, version 2: the session's order, with each speaker's planned turn. */
  private static EventFixtures.Event runningOrder(String session, Map<UUID, Instant> turns) {
    List<Map<String, Object>> speakers = new ArrayList<>();
    turns.forEach(
        (speaker, at) -> {
          Map<String, Object> turn = new LinkedHashMap<>();
          turn.put("requestId", UUID.randomUUID().toString());
          turn.put("participantId", speaker.toString());
          turn.put("position", speakers.size() + 1);
          turn.put("speakingTime", "PT3M");
          turn.put("plannedStartAt", at.toString());
          speakers.add(turn);
        });
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("editionId", "imrf-2026");
    payload.put("sessionId", session);
    payload.put("sessionTitles", SESSION);
    payload.put("sessionStartsAt", Instant.now().plus(Duration.ofDays(3)).toString());
    payload.put("timeZone", "America/New_York");
    payload.put("speakers", speakers);
    payload.put("setBy", "organiser@un.example");
    payload.put("setAt", Instant.now().toString());
    return EventFixtures.event(
        "imrf.hearing.running-order-set.v2",
        UUID.randomUUID(),
        "imrf-2026",
        org.imrf.notification.Topics.HEARING,
        payload);
  }

  private static String edition() {
    return "imrf-" + (3000 + (int) (Math.random() * 6000));
  }

  private static Map<String, Object> roundTable(Instant start) {
    return EventFixtures.segment(
        "round-table", ROUND_TABLE, start.toString(), start.plus(Duration.ofHours(3)).toString());
  }

  private static void programme(
      String edition, List<Map<String, Object>> before, List<Map<String, Object>> after) {
    EventFixtures.rescheduled(
            edition,
            EventFixtures.TITLES,
            EventFixtures.schedule(null, null, before),
            EventFixtures.schedule(null, null, after))
        .send();
  }

  /** A participant registered (as registration-service announces it), once this service knows. */
  private UUID registered(String name, String language, String edition) {
    UUID participant = UUID.randomUUID();
    EventFixtures.registered(
            UUID.randomUUID(), participant, name, language, edition, "online", "not-required")
        .send();
    await().atMost(Duration.ofSeconds(30)).until(() -> participants.find(participant).isPresent());
    return participant;
  }

  /** The participant's messages of a kind, once there are this many; those there are, after. */
  private List<JsonNode> messages(UUID participant, String kind, int count) {
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> of(participant, kind).size() >= count);
    } catch (org.awaitility.core.ConditionTimeoutException missing) {
      // the assertion that follows says how many came
    }
    return of(participant, kind);
  }

  private List<JsonNode> reminders(UUID participant) {
    return of(participant, "reminder");
  }

  private List<JsonNode> of(UUID participant, String kind) {
    JsonNode page =
        http.get()
            .uri("/notifications?participant={p}&size=50", participant)
            .header("Authorization", "Bearer " + TestTokens.attendee(participant))
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();
    List<JsonNode> found = new ArrayList<>();
    page.get("items")
        .forEach(
            item -> {
              if (item.get("kind").asString().startsWith(kind)) {
                found.add(item);
              }
            });
    return found;
  }
}
