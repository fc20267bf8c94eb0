package org.imrf.registration.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imrf.registration.ParticipantsApi.events;
import static org.imrf.registration.ParticipantsApi.id;
import static org.imrf.registration.ParticipantsApi.payload;
import static org.imrf.registration.Registrants.stakeholder;
import static org.imrf.registration.Registrants.unique;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.imrf.registration.ParticipantsApi;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestClock;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The two accreditation tracks through HTTP, the database, the scheduled check and the topic; the
 * period's end is reached by moving the service's clock. The rules themselves are told in {@link
 * AccreditationRulesTest}.
 */
@ServiceTest
class AccreditationTest {

  @Autowired RestTestClient http;
  @Autowired TestClock clock;
  ParticipantsApi api;

  @BeforeEach
  void api() {
    api = new ParticipantsApi(http);
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void aRepresentativeOfAnNgoWithEcosocStatusIsConfirmedByTheFocalPoint() {
    // given a representative of an NGO in consultative status
    JsonNode registered = api.register(applicant("civil-society-ecosoc"));
    assertThat(registered.get("accreditation").asString()).isEqualTo("awaiting-confirmation");

    // when an organiser, standing in for the focal point, confirms them
    JsonNode accreditation = api.decide(id(registered), "confirm", null);

    // then they are accredited, and the decision records who made it
    assertThat(accreditation.get("accreditation").asString()).isEqualTo("granted");
    assertThat(accreditation.get("history").get(1).get("decision").asString()).isEqualTo("granted");
    assertThat(accreditation.get("history").get(1).get("by").asString())
        .isEqualTo("organiser@un.example");
    var granted = events(id(registered), "accreditation.granted", 1).get(0);
    assertSatisfiesContract(granted);
    assertThat(payload(granted).get("how").asString()).isEqualTo("confirmed");
    assertThat(api.read(id(registered)).get("status").asString()).isEqualTo("registered");
  }

  @Test
  void aSpecialApplicationNobodyObjectsToIsApprovedWhenThePeriodEnds() {
    // given an application provisionally approved
    JsonNode registered = api.register(applicant("trade-union"));
    assertThat(registered.get("accreditation").asString()).isEqualTo("pending");
    JsonNode provisional = api.decide(id(registered), "provisionally-approve", null);
    assertThat(provisional.get("accreditation").asString()).isEqualTo("provisionally-approved");
    Instant objectionsUntil = Instant.parse(provisional.get("objectionsUntil").asString());
    assertThat(objectionsUntil).isAfter(Instant.now());
    assertSatisfiesContract(events(id(registered), "provisionally-approved", 1).get(0));

    // when the non-objection period ends without objection (the scheduled check runs every second)
    clock.advanceTo(objectionsUntil);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api.read(id(registered)).get("accreditation").asString().equals("granted"));

    // then it is approved, by the period rather than by anyone
    var granted = events(id(registered), "accreditation.granted", 1).get(0);
    assertThat(payload(granted).get("how").asString()).isEqualTo("no-objection");
    assertThat(payload(granted).get("grantedBy").asString()).isEqualTo("non-objection-period");
  }

  @Test
  void anObjectionSendsTheApplicationBackForADecisionThatRecordsWhoMadeIt() {
    // given an application provisionally approved
    JsonNode registered = api.register(applicant("academia"));
    api.decide(id(registered), "provisionally-approve", null);

    // when a Member State objects within the period
    JsonNode objected =
        api.post(
                "/participants/" + id(registered) + "/accreditation/objections",
                TestTokens.organiser(),
                Map.of("memberState", "NO", "reason", "Not an academic body"))
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();

    // then it goes back to the organisers, the objection recorded with who raised it
    assertThat(objected.get("accreditation").asString()).isEqualTo("objected");
    JsonNode objection = objected.get("history").get(2);
    assertThat(objection.get("decision").asString()).isEqualTo("objected");
    assertThat(objection.get("raisedBy").asString()).isEqualTo("NO");
    assertThat(objection.get("reason").asString()).isEqualTo("Not an academic body");
    assertSatisfiesContract(events(id(registered), "accreditation.objected", 1).get(0));

    // when the organisers refuse it, with a reason
    JsonNode refused = api.decide(id(registered), "refuse", "Objection upheld");
    assertThat(refused.get("accreditation").asString()).isEqualTo("refused");
    var refusal = events(id(registered), "accreditation.refused", 1).get(0);
    assertSatisfiesContract(refusal);
    assertThat(payload(refusal).get("reason").asString()).isEqualTo("Objection upheld");
    assertThat(api.read(id(registered)).get("status").asString()).isEqualTo("refused");
  }

  @Test
  void aDecisionThatDoesNotApplyIsRefusedSayingWhatWould() {
    JsonNode registered = api.register(applicant("private-sector"));

    api.post(
            "/participants/" + id(registered) + "/accreditation/decisions",
            TestTokens.organiser(),
            Map.of("decision", "grant"))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Decision not possible now")
        .jsonPath("$.accreditation")
        .isEqualTo("pending")
        .jsonPath("$.possibleDecisions[0]")
        .isEqualTo("provisionally-approve");
    // a refusal says why
    api.post(
            "/participants/" + id(registered) + "/accreditation/decisions",
            TestTokens.organiser(),
            Map.of("decision", "refuse"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("reason");
    assertThat(api.read(id(registered)).get("accreditation").asString()).isEqualTo("pending");
  }

  @Test
  void anUnknownParticipantHasNoAccreditation() {
    api.post(
            "/participants/" + UUID.randomUUID() + "/accreditation/decisions",
            TestTokens.organiser(),
            Map.of("decision", "confirm"))
        .expectStatus()
        .isNotFound();
  }

  private static Map<String, Object> applicant(String category) {
    return stakeholder("imrf-2026", category, "Organisation " + UUID.randomUUID(), unique("app"));
  }
}
