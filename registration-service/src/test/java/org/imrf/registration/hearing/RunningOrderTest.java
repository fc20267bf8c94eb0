package org.imrf.registration.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.registration.ParticipantsApi.attendee;
import static org.imrf.registration.ParticipantsApi.id;
import static org.imrf.registration.ParticipantsApi.payload;
import static org.imrf.registration.Registrants.delegate;
import static org.imrf.registration.Registrants.unique;
import static org.imrf.registration.hearing.HearingApi.events;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Selected speakers take the floor in a running order, each within a time limit. */
@ServiceTest
class RunningOrderTest {

  @Autowired RestTestClient http;
  @Autowired JdbcClient jdbc;
  HearingApi hearing;
  String edition;
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
    hearing = new HearingApi(http);
    edition = hearing.participants().newEdition();
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
    JsonNode dina = hearing.accreditedStakeholder(edition, "civil-society-ecosoc", "name", "Dina");
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
    assertThat(hearing.balance(edition, null).get("selection").get("total").asLong()).isEqualTo(2);
    // and the order can be set without him
    hearing
        .setRunningOrder(edition, session, Map.of("speakers", List.of(c, a)))
        .expectStatus()
        .isOk();
    assertThat(names(hearing.runningOrder(edition, session))).containsExactly("陈静", "Amal Nasser");
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
