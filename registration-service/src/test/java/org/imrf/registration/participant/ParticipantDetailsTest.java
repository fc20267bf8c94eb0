package org.imrf.registration.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.registration.ParticipantsApi.attendee;
import static org.imrf.registration.ParticipantsApi.events;
import static org.imrf.registration.ParticipantsApi.id;
import static org.imrf.registration.ParticipantsApi.payload;
import static org.imrf.registration.Registrants.delegate;
import static org.imrf.registration.Registrants.unique;
import static org.imrf.registration.Registrants.with;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;

import java.util.List;
import java.util.Map;
import org.imrf.registration.ParticipantsApi;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

@ServiceTest
class ParticipantDetailsTest {

  @Autowired RestTestClient http;
  @Autowired JdbcClient jdbc;
  ParticipantsApi api;

  @BeforeEach
  void api() {
    api = new ParticipantsApi(http);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Arabic, ليلى حداد, ليلى حداد",
    "Chinese, 王芳, 王芳",
    "Cyrillic, Ольга Петрова, Ольга Петрова",
    "Devanagari, अनीता शर्मा, अनीता शर्मा",
    // typed with a combining accent, kept as the one character other systems expect
    "decomposed accents, Ame\u0301lie Dubois, Amélie Dubois"
  })
  void aNameInAnyScriptRoundTripsIntact(String script, String typed, String kept) {
    JsonNode registered = api.register(delegate("imrf-2026", typed, unique("script"), "ar"));

    assertThat(api.read(id(registered)).get("name").asString()).isEqualTo(kept);
    assertThat(payload(events(id(registered), "registered", 1).get(0)).get("name").asString())
        .isEqualTo(kept);
  }

  @Test
  void everyDetailOfARegistrationIsKeptAndTheEventCarriesOnlyWhatOthersNeed() {
    // given a civil-society participant with lived experience and accessibility needs
    Map<String, Object> request =
        with(
            delegate("imrf-2026", "Joseph Mwangi", unique("joseph"), "en"),
            "organisation",
            "Kenya Migrant Workers Network " + java.util.UUID.randomUUID(),
            "country",
            "KE",
            "category",
            "migrant-diaspora-organisation",
            "attendance",
            "in-person",
            "accessibility",
            List.of("captioning", "other"),
            "accessibilityOther",
            "Seating near the front",
            "livedExperience",
            "yes",
            "publicListing",
            true,
            "timeZone",
            "Africa/Nairobi");

    // when he registers
    JsonNode registered = api.register(request);

    // then every detail is kept
    JsonNode read = api.get("/participants/" + id(registered), attendee(registered));
    assertThat(read.get("organisation").asString()).startsWith("Kenya Migrant Workers Network");
    assertThat(read.get("country").asString()).isEqualTo("KE");
    assertThat(read.get("region").asString()).isEqualTo("africa");
    assertThat(read.get("category").asString()).isEqualTo("migrant-diaspora-organisation");
    assertThat(read.get("attendance").asString()).isEqualTo("in-person");
    assertThat(read.get("accessibility").valueStream().map(JsonNode::asString))
        .containsExactly("captioning", "other");
    assertThat(read.get("accessibilityOther").asString()).isEqualTo("Seating near the front");
    assertThat(read.get("livedExperience").asString()).isEqualTo("yes");
    assertThat(read.get("publicListing").asBoolean()).isTrue();
    assertThat(read.get("timeZone").asString()).isEqualTo("Africa/Nairobi");
    // a stakeholder applies for special accreditation
    assertThat(read.get("status").asString()).isEqualTo("awaiting-accreditation");
    assertThat(read.get("accreditation").asString()).isEqualTo("pending");

    // and the event says what other services need, never lived experience nor the needs' words
    var event = events(id(registered), "registered", 1).get(0);
    assertSatisfiesContract(event);
    JsonNode payload = payload(event);
    assertThat(payload.get("accessibility").valueStream().map(JsonNode::asString))
        .containsExactly("captioning", "other");
    assertThat(payload.toString()).doesNotContain("livedExperience", "Seating near the front");
    assertSatisfiesContract(events(id(registered), "accreditation.requested", 1).get(0));
  }

  @Test
  void withoutATimeZoneTheEditionsIsUsed() {
    JsonNode registered = api.register(delegate("imrf-2026", "Li Wei", unique("li"), "zh"));

    assertThat(registered.get("timeZone").asString()).isEqualTo("America/New_York");
    assertThat(registered.get("livedExperience").asString()).isEqualTo("not-said");
    assertThat(registered.get("publicListing").asBoolean()).isFalse();
    assertThat(registered.get("status").asString()).isEqualTo("registered");
  }

  @Test
  void aParticipantChangesTheirOwnDetailsAndOthersAreTold() {
    // given a registered delegate who read her registration (version 0)
    JsonNode registered = api.register(delegate("imrf-2026", "Olga Petrova", unique("olga"), "en"));
    String token = attendee(registered);

    // when she switches to Russian, asks for captioning and writes her name in Cyrillic
    JsonNode changed =
        api.patch(
                id(registered),
                token,
                "\"0\"",
                Map.of(
                    "name", "Ольга Петрова",
                    "preferredLanguage", "ru",
                    "accessibility", List.of("captioning")))
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueEquals("ETag", "\"1\"")
            .returnResult(JsonNode.class)
            .getResponseBody();

    // then the registration says so, and the other services are told what changed
    assertThat(changed.get("preferredLanguage").asString()).isEqualTo("ru");
    assertThat(changed.get("name").asString()).isEqualTo("Ольга Петрова");
    var event = events(id(registered), "details-changed", 1).get(0);
    assertSatisfiesContract(event);
    assertThat(payload(event).get("changed").valueStream().map(JsonNode::asString))
        .containsExactlyInAnyOrder("name", "preferredLanguage", "accessibility");
    assertThat(payload(event).get("changedBy").asString()).isEqualTo("participant");
  }

  @Test
  void aChangeBasedOnAnEarlierReadingIsAPreconditionFailure() {
    // that it changes nothing is told in ParticipationRulesTest
    JsonNode registered = api.register(delegate("imrf-2026", "Ivan Petrov", unique("ivan"), "en"));
    api.patch(id(registered), attendee(registered), "\"0\"", Map.of("preferredLanguage", "ru"))
        .expectStatus()
        .isOk();

    api.patch(id(registered), attendee(registered), "\"0\"", Map.of("preferredLanguage", "fr"))
        .expectStatus()
        .isEqualTo(412)
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Changed meanwhile");
  }

  @Test
  void aChangeThatChangesNothingOrBlanksTheNameIsRefused() {
    JsonNode registered = api.register(delegate("imrf-2026", "Ana Souza", unique("ana"), "es"));

    api.patch(id(registered), attendee(registered), null, Map.of()).expectStatus().isBadRequest();
    api.patch(id(registered), attendee(registered), null, Map.of("name", "   "))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("name");
    api.patch(id(registered), attendee(registered), null, Map.of("email", "new@example.org"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("email");
    assertThat(api.read(id(registered)).get("version").asInt()).isZero();
  }

  @Test
  void aCancelledRegistrationEndsTheLinksAndFreesTheAddress() {
    // given a registered participant
    String email = unique("tomas");
    JsonNode registered = api.register(delegate("imrf-2026", "Tomás Ruiz", email, "es"));

    // when they cancel
    JsonNode cancelled =
        api.post(
                "/participants/" + id(registered) + "/cancellation",
                attendee(registered),
                Map.of("reason", "Cannot travel"))
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();

    // then the registration is cancelled, its links no longer work and others are told
    assertThat(cancelled.get("status").asString()).isEqualTo("cancelled");
    assertThat(
            jdbc.sql(
                    "select count(*) from access_link where participant_id = :id::uuid"
                        + " and revoked_at is null")
                .param("id", id(registered))
                .query(Long.class)
                .single())
        .isZero();
    assertSatisfiesContract(events(id(registered), "participant.cancelled", 1).get(0));
    assertThat(events(id(registered), "access-link-revoked", 1)).hasSize(1);

    // and it can no longer change (409; the rule: ParticipationRulesTest), but the address may
    // register again
    api.patch(id(registered), TestTokens.organiser(), null, Map.of("preferredLanguage", "fr"))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Registration cannot be changed");
    api.register(delegate("imrf-2026", "Tomás Ruiz", email, "es"));
  }
}
