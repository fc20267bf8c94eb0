package org.imrf.registration.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.registration.ParticipantsApi.attendee;
import static org.imrf.registration.ParticipantsApi.events;
import static org.imrf.registration.ParticipantsApi.eventsSoFar;
import static org.imrf.registration.ParticipantsApi.id;
import static org.imrf.registration.ParticipantsApi.payload;
import static org.imrf.registration.Registrants.delegate;
import static org.imrf.registration.Registrants.stakeholder;
import static org.imrf.registration.Registrants.unique;
import static org.imrf.registration.Registrants.with;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.registration.ParticipantsApi;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** A participant sees everything held about them, and has it erased. */
@ServiceTest
class PersonalDataTest {

  @Autowired RestTestClient http;
  ParticipantsApi api;

  @BeforeEach
  void api() {
    api = new ParticipantsApi(http);
  }

  @Test
  void aParticipantDownloadsEverythingHeldAboutThem() {
    // given a registration with needs, lived experience and an accreditation history
    JsonNode registered =
        api.register(
            with(
                stakeholder(
                    "imrf-2026",
                    "civil-society-ecosoc",
                    "Union des Migrants " + UUID.randomUUID(),
                    unique("nour")),
                "name",
                "نور الهدى",
                "accessibility",
                List.of("captioning"),
                "livedExperience",
                "yes"));
    api.decide(id(registered), "confirm", null);

    // when they ask for their data
    var answer =
        http.get()
            .uri("/participants/{id}/personal-data", id(registered))
            .header("Authorization", "Bearer " + attendee(registered))
            .exchange()
            .expectStatus()
            .isOk();
    JsonNode data = answer.returnResult(JsonNode.class).getResponseBody();

    // then it is one document to keep, with everything: registration, decisions, links
    assertThat(answer.returnResult(byte[].class).getResponseHeaders().getContentDisposition())
        .satisfies(d -> assertThat(d.isAttachment()).isTrue());
    assertThat(data.at("/registration/name").asString()).isEqualTo("نور الهدى");
    assertThat(data.at("/registration/livedExperience").asString()).isEqualTo("yes");
    assertThat(data.at("/registration/accessibility/0").asString()).isEqualTo("captioning");
    assertThat(data.get("accreditation").valueStream().map(s -> s.get("decision").asString()))
        .containsExactly("requested", "granted");
    assertThat(data.at("/accessLinks/0/issuedBy").asString()).isNotBlank();
    assertThat(data.at("/heldElsewhere/0/service").asString()).isEqualTo("notification-service");
    // and never a link itself
    assertThat(data.toString()).doesNotContain("/access/").doesNotContain("token");
  }

  @Test
  void anotherParticipantsDataDoesNotExistForYou() {
    JsonNode mine = api.register(delegate("imrf-2026", "Ana", unique("ana"), "es"));
    JsonNode theirs = api.register(delegate("imrf-2026", "Ben", unique("ben"), "en"));

    http.get()
        .uri("/participants/{id}/personal-data", id(theirs))
        .header("Authorization", "Bearer " + attendee(mine))
        .exchange()
        .expectStatus()
        .isNotFound();
    api.post("/participants/" + id(theirs) + "/erasure", attendee(mine), null)
        .expectStatus()
        .isNotFound();
    assertThat(api.read(id(theirs)).get("name").asString()).isEqualTo("Ben");
  }

  @Test
  void anErasedParticipantIsForgottenAndEveryServiceIsTold() {
    // given a registered participant
    String email = unique("Олег");
    JsonNode registered = api.register(delegate("imrf-2026", "Олег Петров", email, "ru"));

    // when they ask for erasure
    JsonNode erased =
        api.post("/participants/" + id(registered) + "/erasure", attendee(registered), null)
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();

    // then nothing that names or reaches them is left; the anonymous record counts on
    assertThat(erased.get("status").asString()).isEqualTo("erased");
    JsonNode record = api.read(id(registered));
    assertThat(record.get("name").asString()).isEmpty();
    assertThat(record.hasNonNull("email")).isFalse();
    assertThat(record.get("organisation").asString()).isEmpty();
    assertThat(record.get("category").asString()).isEqualTo("member-state");

    // and every service is told, by an event that itself names nobody
    var event = events(id(registered), "participant.erased", 1).get(0);
    assertSatisfiesContract(event);
    assertThat(payload(event).get("requestedBy").asString()).isEqualTo("participant");
    String body = new String(event.value(), StandardCharsets.UTF_8);
    assertThat(body).doesNotContain("Олег").doesNotContain("example.org");
    // their access link stops working
    assertThat(events(id(registered), "access-link-revoked", 1)).hasSize(1);

    // and the address is free to register again
    api.register(delegate("imrf-2026", "Олег Петров", email, "ru"));
  }

  @Test
  void erasingTwiceChangesNothing() {
    JsonNode registered = api.register(delegate("imrf-2026", "Chen Jing", unique("chen"), "zh"));

    api.post("/participants/" + id(registered) + "/erasure", TestTokens.organiser(), null)
        .expectStatus()
        .isOk();
    api.post("/participants/" + id(registered) + "/erasure", TestTokens.organiser(), null)
        .expectStatus()
        .isOk();

    var erasures = events(id(registered), "participant.erased", 1);
    assertThat(payload(erasures.get(0)).get("requestedBy").asString())
        .isEqualTo("organiser@un.example");
    assertThat(eventsSoFar(id(registered), "participant.erased")).hasSize(1);
  }

  @Test
  void anErasedRepresentativesPlaceGoesToTheWaitingList() {
    // given an organisation's two places taken and someone waiting
    String organisation = "Diaspora Network " + UUID.randomUUID();
    JsonNode first = api.register(representative(organisation));
    api.register(representative(organisation));
    JsonNode waiting =
        api.register(with(representative(organisation), "whenInPersonFull", "waiting-list"));

    // when one of the two is erased
    api.post("/participants/" + id(first) + "/erasure", attendee(first), null)
        .expectStatus()
        .isOk();

    // then the one waiting takes the place
    assertThat(api.read(id(waiting)).get("attendance").asString()).isEqualTo("in-person");
  }

  @Test
  void anErasedParticipantLeavesNoTraceInListsOrExports() {
    String edition = api.newEdition();
    JsonNode registered =
        api.register(
            with(
                delegate(edition, "Zanele Dlamini", unique("zanele"), "en"),
                "publicListing",
                true));
    api.post("/participants/" + id(registered) + "/erasure", attendee(registered), null)
        .expectStatus()
        .isOk();

    assertThat(api.get("/editions/" + edition + "/participants", TestTokens.organiser()).toString())
        .doesNotContain("Zanele");
    String csv =
        http.get()
            .uri("/participants/export?edition=" + edition)
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(String.class)
            .getResponseBody();
    assertThat(csv).doesNotContain("Zanele");
    JsonNode counts = api.get("/participants/counts?edition=" + edition, TestTokens.organiser());
    assertThat(counts.at("/byStatus/erased").asInt()).isEqualTo(1);
  }

  private static Map<String, Object> representative(String organisation) {
    return stakeholder(
        "imrf-2026", "civil-society-special-accreditation", organisation, unique("rep"));
  }
}
