package org.imrf.registration.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.registration.ParticipantsApi.attendee;
import static org.imrf.registration.ParticipantsApi.id;
import static org.imrf.registration.ParticipantsApi.payload;
import static org.imrf.registration.Registrants.delegate;
import static org.imrf.registration.Registrants.stakeholder;
import static org.imrf.registration.Registrants.unique;
import static org.imrf.registration.Registrants.with;
import static org.imrf.registration.hearing.HearingApi.events;
import static org.imrf.registration.hearing.HearingApi.eventsSoFar;
import static org.imrf.registration.hearing.HearingApi.requestToSpeak;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Accredited stakeholders ask to speak in a thematic session of the hearing. */
@ServiceTest
class RequestingToSpeakTest {

  @Autowired RestTestClient http;
  HearingApi hearing;
  String edition;
  String session;

  @BeforeEach
  void anEditionWithAHearingSession() {
    hearing = new HearingApi(http);
    edition = hearing.participants().newEdition();
    session =
        hearing.session(edition, "Thematic session 2: detention", "2026-05-04T10:00:00", null);
  }

  @Test
  void anAccreditedStakeholderAsksToSpeakAndTheRequestIsAnnounced() {
    // given a representative of a migrant-led organisation, accredited
    JsonNode speaker =
        hearing.accreditedStakeholder(edition, "migrant-diaspora-organisation", "country", "JO");

    // when she asks to speak on detention and vulnerabilities, describing herself
    Map<String, Object> body =
        requestToSpeak(session, List.of(13, 7), "Community-based alternatives to detention");
    body.put("gender", "Woman");
    JsonNode request = hearing.request(edition, speaker, body);

    // then her request is recorded as hers, awaiting the organisers' decision
    assertThat(request.get("status").asString()).isEqualTo("requested");
    assertThat(request.get("participant").get("id").asString()).isEqualTo(id(speaker));
    assertThat(request.get("participant").get("region").asString()).isEqualTo("asia");
    assertThat(request.get("objectives").valueStream().map(JsonNode::asInt)).containsExactly(13, 7);
    assertThat(request.get("gender").asString()).isEqualTo("woman");
    assertThat(request.get("requestedBy").asString()).isEqualTo("participant");
    assertThat(request.get("possibleActions").valueStream().map(JsonNode::asString))
        .containsExactly("select", "decline");

    // and announced, without what she wrote or said of herself
    var requested = events(edition, "speaker-requested", 1).get(0);
    assertSatisfiesContract(requested);
    JsonNode event = payload(requested);
    assertThat(event.get("requestId").asString()).isEqualTo(request.get("id").asString());
    assertThat(event.get("participantId").asString()).isEqualTo(id(speaker));
    assertThat(event.has("summary")).isFalse();
    assertThat(event.has("gender")).isFalse();

    // and she can read it back; another participant cannot
    http.get()
        .uri("/editions/{e}/hearing/requests/{id}", edition, request.get("id").asString())
        .header("Authorization", "Bearer " + attendee(speaker))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.summary")
        .isEqualTo("Community-based alternatives to detention");
    http.get()
        .uri("/editions/{e}/hearing/requests/{id}", edition, request.get("id").asString())
        .header("Authorization", "Bearer " + TestTokens.attendee(UUID.randomUUID()))
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void aMemberStateDelegateIsToldDelegatesSpeakInThePlenary() {
    // given a Member State delegate, who needs no accreditation
    JsonNode delegate =
        hearing.participants().register(delegate(edition, "Omar Haddad", unique("omar"), "ar"));

    // when he asks to speak in the hearing
    JsonNode problem =
        hearing
            .requestAs(
                edition, attendee(delegate), requestToSpeak(session, List.of(23), "Cooperation"))
            .expectStatus()
            .isEqualTo(409)
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .returnResult(JsonNode.class)
            .getResponseBody();

    // then he is told why not
    assertThat(problem.get("reason").asString()).isEqualTo("not-a-stakeholder");
    assertThat(problem.get("detail").asString())
        .contains("Member State", "speak in the plenary, not the hearing");
  }

  @Test
  void anApplicantWhoseAccreditationIsNotYetGrantedIsToldSo() {
    // given a trade unionist whose special accreditation is pending
    JsonNode applicant =
        hearing
            .participants()
            .register(
                stakeholder(edition, "trade-union", "Union " + UUID.randomUUID(), unique("tu")));

    // when she asks to speak
    JsonNode problem =
        hearing
            .requestAs(
                edition, attendee(applicant), requestToSpeak(session, List.of(6), "Decent work"))
            .expectStatus()
            .isEqualTo(409)
            .returnResult(JsonNode.class)
            .getResponseBody();

    // then she is told her accreditation is not yet granted
    assertThat(problem.get("reason").asString()).isEqualTo("accreditation-not-granted");
    assertThat(problem.get("detail").asString()).contains("not yet granted", "pending");
  }

  @Test
  void aSecondOpenRequestPointsAtTheFirst() {
    JsonNode speaker = hearing.accreditedStakeholder(edition, "civil-society-ecosoc");
    JsonNode first = hearing.request(edition, speaker, session);
    String other = hearing.session(edition, "Thematic session 3", "2026-05-04T15:00:00", null);

    hearing
        .requestAs(
            edition, attendee(speaker), requestToSpeak(other, List.of(16), "Inclusion, again"))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.existingRequest")
        .isEqualTo(first.get("id").asString())
        .jsonPath("$.status")
        .isEqualTo("requested");
  }

  @Test
  void anOrganiserAsksOnAParticipantsBehalfNamingThem() {
    JsonNode speaker = hearing.accreditedStakeholder(edition, "academia", "country", "BR");
    Map<String, Object> body = requestToSpeak(session, List.of(1), "Data on returns");

    // without naming the participant, the organiser is told to
    hearing
        .requestAs(edition, TestTokens.organiser(), body)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("participant");

    body.put("participant", id(speaker));
    JsonNode request =
        hearing
            .requestAs(edition, TestTokens.organiser(), body)
            .expectStatus()
            .isCreated()
            .returnResult(JsonNode.class)
            .getResponseBody();
    assertThat(request.get("requestedBy").asString()).isEqualTo("organiser@un.example");
    assertThat(request.get("participant").get("region").asString())
        .isEqualTo("latin-america-caribbean");
    // a participant cannot ask on someone else's behalf
    JsonNode other = hearing.accreditedStakeholder(edition, "civil-society-ecosoc");
    body.put("participant", id(other));
    hearing.requestAs(edition, attendee(speaker), body).expectStatus().isNotFound();
  }

  @Test
  void badInputIsAnsweredNamingTheFieldAndNothingIsWritten() {
    // given an accredited stakeholder
    JsonNode speaker = hearing.accreditedStakeholder(edition, "civil-society-ecosoc");
    String token = attendee(speaker);
    List<Object[]> cases = new ArrayList<>();
    cases.add(new Object[] {requestToSpeak(session, List.of(0), "x"), "objectives[0]"});
    cases.add(new Object[] {requestToSpeak(session, List.of(24), "x"), "objectives[0]"});
    cases.add(new Object[] {requestToSpeak(session, List.of(), "x"), "objectives"});
    cases.add(new Object[] {requestToSpeak(session, List.of(5, 5), "x"), "objectives"});
    cases.add(new Object[] {requestToSpeak(session, List.of(5), "x".repeat(1001)), "summary"});
    cases.add(new Object[] {requestToSpeak(session, List.of(5), " "), "summary"});
    cases.add(new Object[] {requestToSpeak(session, List.of(5), "bell \u0007"), "summary"});
    cases.add(
        new Object[] {requestToSpeak(UUID.randomUUID().toString(), List.of(5), "x"), "session"});
    cases.add(new Object[] {requestToSpeak("not-a-uuid", List.of(5), "x"), "session"});
    cases.add(
        new Object[] {
          with(requestToSpeak(session, List.of(5), "x"), "gender", "g".repeat(51)), "gender"
        });

    // when each bad request is sent, then it is refused naming the field
    for (Object[] bad : cases) {
      @SuppressWarnings("unchecked")
      Map<String, Object> body = (Map<String, Object>) bad[0];
      hearing
          .requestAs(edition, token, body)
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo((String) bad[1]);
    }
    // and an unknown edition is not found
    hearing
        .requestAs("imrf-0001", token, requestToSpeak(session, List.of(5), "x"))
        .expectStatus()
        .isNotFound()
        .expectBody()
        .jsonPath("$.edition")
        .isEqualTo("imrf-0001");

    // and nothing was written or announced
    assertThat(hearing.requests(edition, null).get("totalItems").asLong()).isZero();
    assertThat(eventsSoFar(edition)).isEmpty();
  }
}
