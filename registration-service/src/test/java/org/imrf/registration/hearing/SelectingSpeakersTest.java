package org.imrf.registration.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.registration.ParticipantsApi.attendee;
import static org.imrf.registration.ParticipantsApi.id;
import static org.imrf.registration.ParticipantsApi.payload;
import static org.imrf.registration.hearing.HearingApi.events;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imrf.testing.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Organisers select speakers and decline requests; the speakers are told through events. */
@ServiceTest
class SelectingSpeakersTest {

  @Autowired RestTestClient http;
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
}
