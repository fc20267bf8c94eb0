package org.imrf.registration.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.registration.ParticipantsApi.attendee;
import static org.imrf.registration.ParticipantsApi.id;
import static org.imrf.registration.ParticipantsApi.payload;
import static org.imrf.registration.Registrants.delegate;
import static org.imrf.registration.Registrants.unique;
import static org.imrf.registration.hearing.HearingApi.events;
import static org.imrf.registration.hearing.HearingApi.requestToSpeak;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Organisers select speakers, decline requests, order the speakers and weigh the balance; the
 * speakers are told through events. The rules themselves are told in {@link RunningOrderTest}.
 */
@ServiceTest
class SelectingSpeakersTest {

  @Autowired RestTestClient http;
  @Autowired JdbcClient jdbc;
  HearingApi hearing;
  String edition;
  String session;

  @BeforeEach
  void anEditionWithAHearingSession() {
    hearing = new HearingApi(http);
    edition = hearing.participants().newEdition();
    // 10:00 in New York is 14:00 UTC in May
    session = hearing.session(edition, "Thematic session 1", "2026-05-04T10:00:00", "PT4M");
  }

  @Test
  void anOrganiserSelectsOneSpeakerAndDeclinesAnotherAndBothAreAnnounced() {
    // given two requests to speak
    JsonNode amal =
        hearing.accreditedStakeholder(
            edition, "civil-society-ecosoc", "timeZone", "Africa/Nairobi");
    JsonNode grace = hearing.accreditedStakeholder(edition, "trade-union");
    String first = hearing.request(edition, amal, session).get("id").asString();
    String second = hearing.request(edition, grace, session).get("id").asString();

    // when an organiser selects the first and declines the second, saying why
    JsonNode selected = hearing.selected(edition, first);
    JsonNode declined =
        hearing
            .decline(edition, second, "Only eight speakers fit the session")
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();

    // then their statuses say so, with who decided
    assertThat(selected.get("status").asString()).isEqualTo("selected");
    assertThat(selected.get("position").asInt()).isEqualTo(1);
    assertThat(selected.get("decidedBy").asString()).isEqualTo("organiser@un.example");
    assertThat(declined.get("status").asString()).isEqualTo("declined");
    assertThat(declined.get("declineReason").asString())
        .isEqualTo("Only eight speakers fit the session");

    // and the selection is announced with the session, place, time limit and planned time
    var selection = events(edition, "speaker-selected", 1).get(0);
    assertSatisfiesContract(selection);
    JsonNode event = payload(selection);
    assertThat(event.get("participantId").asString()).isEqualTo(id(amal));
    assertThat(event.get("sessionTitles").get("en").asString()).isEqualTo("Thematic session 1");
    assertThat(event.get("position").asInt()).isEqualTo(1);
    assertThat(event.get("speakingTime").asString()).isEqualTo("PT4M");
    assertThat(Instant.parse(event.get("plannedStartAt").asString()))
        .isEqualTo(Instant.parse("2026-05-04T14:00:00Z"));
    assertThat(event.get("timeZone").asString()).isEqualTo("America/New_York");
    assertThat(event.get("speakerTimeZone").asString()).isEqualTo("Africa/Nairobi");
    assertThat(event.get("selectedBy").asString()).isEqualTo("organiser@un.example");
    // and so is the decline, with its reason
    var decline = events(edition, "speaker-declined", 1).get(0);
    assertSatisfiesContract(decline);
    assertThat(payload(decline).get("reason").asString())
        .isEqualTo("Only eight speakers fit the session");
    assertThat(payload(decline).get("wasSelected").asBoolean()).isFalse();
    assertThat(payload(decline).get("declinedBy").asString()).isEqualTo("organiser@un.example");

    // and the speaker sees her own request selected, not who decided
    http.get()
        .uri("/editions/{e}/hearing/requests/{id}", edition, first)
        .header("Authorization", "Bearer " + attendee(amal))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("selected")
        .jsonPath("$.decidedBy")
        .doesNotExist();
  }

  @Test
  void aDecisionThatDoesNotApplyIsRefusedSayingWhatWould() {
    JsonNode speaker = hearing.accreditedStakeholder(edition, "civil-society-ecosoc");
    String request = hearing.request(edition, speaker, session).get("id").asString();
    hearing.selected(edition, request);

    // selecting twice
    hearing
        .select(edition, request)
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("selected")
        .jsonPath("$.possibleActions[0]")
        .isEqualTo("decline");
    // declining without a reason
    hearing
        .decline(edition, request, null)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("reason");
    // a selected speaker declined after all leaves the running order
    hearing.decline(edition, request, "The session was shortened").expectStatus().isOk();
    assertThat(hearing.runningOrder(edition, session).get("speakers")).isEmpty();
    var decline = events(edition, "speaker-declined", 1).get(0);
    assertThat(payload(decline).get("wasSelected").asBoolean()).isTrue();
    // nothing more is to be decided
    hearing
        .select(edition, request)
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.possibleActions")
        .isEmpty();
    hearing.decline(edition, request, "Again").expectStatus().isEqualTo(409);
    // and an unknown request is not found
    hearing.select(edition, java.util.UUID.randomUUID().toString()).expectStatus().isNotFound();
  }

  @Test
  void twoOrganisersSelectingAtOnceKeepOneConsistentOrder() throws Exception {
    // given eight requests to speak in one session
    List<String> requests = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      JsonNode speaker = hearing.accreditedStakeholder(edition, "civil-society-ecosoc");
      requests.add(hearing.request(edition, speaker, session).get("id").asString());
    }

    // when two organisers select them all at the same time
    ExecutorService organisers = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> selections = new ArrayList<>();
      for (String request : requests) {
        selections.add(
            () ->
                hearing.select(edition, request).returnResult(JsonNode.class).getStatus().value());
      }
      for (Future<Integer> status : organisers.invokeAll(selections)) {
        assertThat(status.get()).isEqualTo(200);
      }
    } finally {
      organisers.shutdown();
    }

    // then every speaker has a place of their own, one after the other, four minutes apart
    JsonNode order = hearing.runningOrder(edition, session);
    assertThat(order.get("speakers").valueStream().map(turn -> turn.get("position").asInt()))
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(order.get("speakers").valueStream().map(turn -> turn.get("request").asString()))
        .containsExactlyInAnyOrderElementsOf(requests);
    assertThat(
            OffsetDateTime.parse(order.get("speakers").get(7).get("plannedStartAt").asString())
                .toInstant())
        .isEqualTo(Instant.parse("2026-05-04T14:28:00Z"));
    // and each selection was announced with a place nobody else holds
    assertThat(
            events(edition, "speaker-selected", 8).stream()
                .map(record -> payload(record).get("position").asInt()))
        .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
  }

  /** Selected speakers take the floor in a running order, each within a time limit. */
  @Nested
  class TheRunningOrder {

    String session;
    JsonNode amal;
    JsonNode bruno;
    JsonNode chen;
    String a;
    String b;
    String c;

    @BeforeEach
    void threeSpeakersSelectedInTurn() {
      // given a session starting at 10:00 in New York, three minutes per speaker
      session = hearing.session(edition, "Thematic session 3", "2026-05-04T10:00:00", null);
      // and three speakers selected in turn
      amal = hearing.accreditedStakeholder(edition, "civil-society-ecosoc", "name", "Amal Nasser");
      bruno = hearing.accreditedStakeholder(edition, "academia", "name", "Bruno Costa");
      chen = hearing.accreditedStakeholder(edition, "trade-union", "name", "陈静");
      a = hearing.request(edition, amal, session).get("id").asString();
      b = hearing.request(edition, bruno, session).get("id").asString();
      c = hearing.request(edition, chen, session).get("id").asString();
      hearing.selected(edition, a);
      hearing.selected(edition, b);
      hearing.selected(edition, c);
    }

    @Test
    void eachSpeakerIsPlannedWhenTheOnesBeforeHaveUsedTheirTime() {
      // when an organiser reads the running order
      JsonNode order = hearing.runningOrder(edition, session);

      // then the speakers follow in the order they were selected, three minutes apart
      assertThat(order.get("speakingTime").asString()).isEqualTo("PT3M");
      assertThat(names(order)).containsExactly("Amal Nasser", "Bruno Costa", "陈静");
      assertThat(starts(order)).containsExactly("10:00", "10:03", "10:06");
      assertThat(order.get("speakers").get(2).get("plannedEndAt").asString())
          .isEqualTo("2026-05-04T10:09:00-04:00");
      assertThat(order.get("plannedEndAt").asString()).isEqualTo("2026-05-04T10:09:00-04:00");
    }

    @Test
    void anOrganiserReordersTheSpeakersAndGivesOneMoreTime() {
      // when an organiser puts the third first, with five minutes
      JsonNode order =
          hearing
              .setRunningOrder(
                  edition,
                  session,
                  Map.of("speakers", List.of(c, a, b), "speakingTimes", Map.of(c, "PT5M")))
              .expectStatus()
              .isOk()
              .returnResult(JsonNode.class)
              .getResponseBody();

      // then the planned times follow
      assertThat(names(order)).containsExactly("陈静", "Amal Nasser", "Bruno Costa");
      assertThat(starts(order)).containsExactly("10:00", "10:05", "10:08");
      assertThat(order.get("speakers").get(0).get("speakingTime").asString()).isEqualTo("PT5M");
      assertThat(order.get("speakers").get(0).get("ownSpeakingTime").asBoolean()).isTrue();
      assertThat(hearing.runningOrder(edition, session)).isEqualTo(order);

      // and the new order is announced, whole
      var set = events(edition, "running-order-set", 1).get(0);
      assertSatisfiesContract(set);
      JsonNode event = payload(set);
      assertThat(event.get("setBy").asString()).isEqualTo("organiser@un.example");
      assertThat(event.get("speakers").valueStream().map(turn -> turn.get("requestId").asString()))
          .containsExactly(c, a, b);
      assertThat(event.get("speakers").get(0).get("speakingTime").asString()).isEqualTo("PT5M");
      // and who set it is on record
      assertThat(
              jdbc.sql("select running_order_set_by from hearing_session where id = :id")
                  .param("id", UUID.fromString(session))
                  .query(String.class)
                  .single())
          .isEqualTo("organiser@un.example");
      // and a speaker selected afterwards joins the end
      JsonNode dina =
          hearing.accreditedStakeholder(edition, "civil-society-ecosoc", "name", "Dina");
      String d = hearing.request(edition, dina, session).get("id").asString();
      assertThat(hearing.selected(edition, d).get("position").asInt()).isEqualTo(4);
      assertThat(starts(hearing.runningOrder(edition, session)))
          .containsExactly("10:00", "10:05", "10:08", "10:11");
    }

    @Test
    void aRunningOrderMustListExactlyTheSelectedSpeakers() {
      // someone missing, someone not selected
      String stranger = UUID.randomUUID().toString();
      hearing
          .setRunningOrder(edition, session, Map.of("speakers", List.of(a, b, stranger)))
          .expectStatus()
          .isEqualTo(409)
          .expectBody()
          .jsonPath("$.missing[0]")
          .isEqualTo(c)
          .jsonPath("$.notSelected[0]")
          .isEqualTo(stranger);
      // someone twice
      hearing
          .setRunningOrder(edition, session, Map.of("speakers", List.of(a, b, c, a)))
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("speakers");
      // a time limit out of range
      hearing
          .setRunningOrder(
              edition,
              session,
              Map.of("speakers", List.of(a, b, c), "speakingTimes", Map.of(a, "PT16M")))
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("speakingTimes." + a);
      // and the order is as it was
      assertThat(names(hearing.runningOrder(edition, session)))
          .containsExactly("Amal Nasser", "Bruno Costa", "陈静");
    }

    @Test
    void aSpeakerWhoCancelsDropsOutAndThoseAfterMoveUp() {
      // when the second speaker cancels his registration
      hearing
          .participants()
          .post("/participants/" + id(bruno) + "/cancellation", attendee(bruno), null)
          .expectStatus()
          .isOk();

      // then the running order no longer holds him, and the next speaker moves up
      JsonNode order = hearing.runningOrder(edition, session);
      assertThat(names(order)).containsExactly("Amal Nasser", "陈静");
      assertThat(order.get("speakers").get(1).get("position").asInt()).isEqualTo(2);
      assertThat(starts(order)).containsExactly("10:00", "10:03");
      // and the organisers' list and balance leave him out
      assertThat(hearing.requests(edition, null).get("totalItems").asLong()).isEqualTo(2);
      assertThat(hearing.balance(edition, null).get("selection").get("total").asLong())
          .isEqualTo(2);
      // and the order can be set without him
      hearing
          .setRunningOrder(edition, session, Map.of("speakers", List.of(c, a)))
          .expectStatus()
          .isOk();
      assertThat(names(hearing.runningOrder(edition, session)))
          .containsExactly("陈静", "Amal Nasser");
    }

    @Test
    void participantsOfTheEditionMayReadTheRunningOrderOthersMayNot() {
      // a delegate of the edition reads it, without anyone's gender or lived experience
      JsonNode delegate =
          hearing.participants().register(delegate(edition, "Sara Lind", unique("sara"), "en"));
      JsonNode seen =
          hearing
              .participants()
              .get(
                  "/editions/" + edition + "/hearing/sessions/" + session + "/running-order",
                  attendee(delegate));
      assertThat(names(seen)).containsExactly("Amal Nasser", "Bruno Costa", "陈静");
      assertThat(seen.get("speakers").get(0).has("gender")).isFalse();
      assertThat(seen.get("speakers").get(0).has("livedExperience")).isFalse();

      // a participant of another edition does not find it
      http.get()
          .uri("/editions/{e}/hearing/sessions/{s}/running-order", edition, session)
          .header("Authorization", "Bearer " + TestTokens.attendee(UUID.randomUUID()))
          .exchange()
          .expectStatus()
          .isNotFound();
      // and nobody anonymous does
      http.get()
          .uri("/editions/{e}/hearing/sessions/{s}/running-order", edition, session)
          .exchange()
          .expectStatus()
          .isUnauthorized();
    }

    private static List<String> names(JsonNode order) {
      return order.get("speakers").valueStream().map(turn -> turn.get("name").asString()).toList();
    }

    /** The planned start of each speaker, as local time in New York. */
    private static List<String> starts(JsonNode order) {
      return order
          .get("speakers")
          .valueStream()
          .map(
              turn ->
                  OffsetDateTime.parse(turn.get("plannedStartAt").asString())
                      .toLocalTime()
                      .toString())
          .toList();
    }
  }

  /**
   * Organisers see the balance of their selection beside that of every request: what it counts is
   * read from the requests of those who still take part ({@link HearingBalanceTest} checks the
   * counting).
   */
  @Nested
  class TheBalance {

    String first;
    String second;

    @BeforeEach
    void aKnownMixOfRequests() {
      // given two sessions
      first = hearing.session(edition, "Thematic session 1", "2026-05-04T10:00:00", null);
      second = hearing.session(edition, "Thematic session 2", "2026-05-04T11:30:00", null);
      // and five requests: in the first session, a Kenyan NGO woman with lived experience
      // (selected), a Nigerian trade unionist man (waiting), a French academic who gives no gender
      // (selected), a Jordanian migrant-led organisation's representative in her own words
      // (declined);
      // in the second, a Mexican non-binary NGO representative with lived experience (waiting)
      String kenya = ask(first, "civil-society-ecosoc", "KE", "yes", "woman");
      ask(first, "trade-union", "NG", "no", "man");
      String france = ask(first, "academia", "FR", "not-said", null);
      String jordan = ask(first, "migrant-diaspora-organisation", "JO", "yes", "Two-Spirit");
      ask(second, "civil-society-ecosoc", "MX", "yes", "non-binary");
      hearing.selected(edition, kenya);
      hearing.selected(edition, france);
      hearing.decline(edition, jordan, "Region already represented").expectStatus().isOk();
      // and one from a speaker who then cancelled, who counts for nothing
      JsonNode gone =
          hearing.accreditedStakeholder(edition, "civil-society-ecosoc", "country", "KE");
      hearing.request(edition, gone, first);
      hearing
          .participants()
          .post("/participants/" + id(gone) + "/cancellation", attendee(gone), null)
          .expectStatus()
          .isOk();
    }

    @Test
    void theWholeHearingsBalanceCountsWhatWasDecidedOnEveryRequestOfThoseWhoStillTakePart() {
      // when an organiser asks for the balance of the hearing
      JsonNode balance = hearing.balance(edition, null);

      // then the two selected beside the five requests (the cancelled speaker's not among them),
      // each counted as their registration and request say
      JsonNode selection = balance.get("selection");
      assertThat(selection.get("total").asLong()).isEqualTo(2);
      assertShare(selection.get("byRegion").get("africa"), 1, 50.0);
      assertShare(selection.get("byRegion").get("europe"), 1, 50.0);
      assertShare(selection.get("byCategory").get("academia"), 1, 50.0);
      JsonNode requests = balance.get("requests");
      assertThat(requests.get("total").asLong()).isEqualTo(5);
      assertShare(requests.get("byRegion").get("africa"), 2, 40.0);
      assertShare(requests.get("byGender").get("self-described"), 1, 20.0);
      assertShare(requests.get("byGender").get("not-given"), 1, 20.0);
      assertShare(requests.get("byLivedExperience").get("yes"), 3, 60.0);
      // and never anyone's own words
      assertThat(balance.toString()).doesNotContain("Two-Spirit");
    }

    @Test
    void oneSessionsBalanceCountsOnlyItsRequests() {
      JsonNode balance = hearing.balance(edition, first);

      assertThat(balance.get("session").asString()).isEqualTo(first);
      assertThat(balance.get("requests").get("total").asLong()).isEqualTo(4);
      assertShare(balance.get("requests").get("byRegion").get("africa"), 2, 50.0);
      assertShare(balance.get("requests").get("byRegion").get("asia"), 1, 25.0);
      assertShare(balance.get("requests").get("byLivedExperience").get("yes"), 2, 50.0);
      assertThat(hearing.balance(edition, second).get("selection").get("total").asLong()).isZero();
      // an unknown session is not found
      http.get()
          .uri("/editions/{e}/hearing/balance?session={s}", edition, java.util.UUID.randomUUID())
          .header("Authorization", "Bearer " + org.imrf.testing.TestTokens.organiser())
          .exchange()
          .expectStatus()
          .isNotFound();
    }

    @Test
    void organisersListTheRequestsWithWhatTheBalanceIsMadeOf() {
      JsonNode selected = hearing.requests(edition, "status=selected&sort=name");

      assertThat(selected.get("totalItems").asLong()).isEqualTo(2);
      JsonNode item = selected.get("items").get(0);
      assertThat(item.get("status").asString()).isEqualTo("selected");
      assertThat(item.get("participant").get("region").asString()).isNotBlank();
      assertThat(item.get("participant").get("category").asString()).isNotBlank();
      assertThat(item.get("participant").get("livedExperience").asString()).isNotBlank();
      assertThat(item.get("summary").asString()).isNotBlank();
      JsonNode secondSession = hearing.requests(edition, "session=" + second);
      assertThat(secondSession.get("totalItems").asLong()).isEqualTo(1);
      assertThat(secondSession.get("items").get(0).get("gender").asString())
          .isEqualTo("non-binary");
      // a status that does not exist is refused
      http.get()
          .uri("/editions/{e}/hearing/requests?status=maybe", edition)
          .header("Authorization", "Bearer " + org.imrf.testing.TestTokens.organiser())
          .exchange()
          .expectStatus()
          .isBadRequest();
      // and so is an order by anything but the listed fields, naming them
      JsonNode badSort =
          http.get()
              .uri("/editions/{e}/hearing/requests?sort=gender,desc", edition)
              .header("Authorization", "Bearer " + org.imrf.testing.TestTokens.organiser())
              .exchange()
              .expectStatus()
              .isBadRequest()
              .returnResult(JsonNode.class)
              .getResponseBody();
      assertThat(badSort.get("errors").get(0).get("field").asString()).isEqualTo("sort");
      assertThat(badSort.get("errors").get(0).get("message").asString())
          .isEqualTo(
              "must be a field (requestedAt|name|organisation|category|status|session)"
                  + " optionally followed by ,asc or ,desc");
    }

    private String ask(
        String session, String category, String country, String livedExperience, String gender) {
      JsonNode speaker =
          hearing.accreditedStakeholder(
              edition, category, "country", country, "livedExperience", livedExperience);
      Map<String, Object> body = requestToSpeak(session, List.of(13), "A statement");
      if (gender != null) {
        body.put("gender", gender);
      }
      return hearing.request(edition, speaker, body).get("id").asString();
    }

    private static void assertShare(JsonNode share, long count, double percent) {
      assertThat(share.get("count").asLong()).isEqualTo(count);
      assertThat(share.get("percent").asDouble()).isEqualTo(percent);
    }
  }
}
