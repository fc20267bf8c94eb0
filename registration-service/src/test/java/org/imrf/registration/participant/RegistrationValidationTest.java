package org.imrf.registration.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.imrf.registration.Registrants;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

@ServiceTest
class RegistrationValidationTest {

  @Autowired RestTestClient http;
  @Autowired JdbcClient jdbc;

  private long participantsBefore;
  private long eventsBefore;

  @BeforeEach
  void countWhatIsStored() {
    participantsBefore = count("participant");
    eventsBefore = count("messaging.outbox");
  }

  @AfterEach
  void nothingWasWritten() {
    assertThat(count("participant")).as("participants").isEqualTo(participantsBefore);
    assertThat(count("messaging.outbox")).as("outbox").isLessThanOrEqualTo(eventsBefore);
  }

  @Test
  void anEmptyRequestNamesEveryMissingField() {
    assertThat(invalidFields("{}"))
        .containsExactlyInAnyOrder(
            "edition",
            "name",
            "email",
            "organisation",
            "country",
            "category",
            "preferredLanguage",
            "attendance");
  }

  @Test
  void eachInvalidFieldIsNamedWithWhatIsWrong() {
    JsonNode problem =
        post(Registrants.with(
                Registrants.delegate("2026", "x".repeat(201), "not-an-address", "de"),
                "country",
                "XX",
                "category",
                "tourist",
                "attendance",
                "waiting-list",
                "accessibility",
                List.of("ramp"),
                "livedExperience",
                "maybe",
                "timeZone",
                "Mars/Olympus_Mons",
                "whenInPersonFull",
                "never"))
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .returnResult(JsonNode.class)
            .getResponseBody();

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("detail").asString())
        .contains("edition", "name", "email", "preferredLanguage");
    assertThat(problem.get("errors").valueStream())
        .extracting(error -> error.get("field").asString() + ": " + error.get("message").asString())
        .containsExactlyInAnyOrder(
            "edition: must be an edition id such as imrf-2026",
            "name: size must be between 0 and 200",
            "email: must be an email address",
            "preferredLanguage: must be one of ar, zh, en, fr, ru, es",
            "country: must be an ISO 3166-1 alpha-2 country code, such as MX or PH",
            "category: must be one of the participant categories",
            "attendance: must be in-person or online",
            "accessibility[0]: must be one of sign-language, captioning, step-free-access, other",
            "livedExperience: must be one of yes, no, not-said",
            "timeZone: must be an IANA time zone, such as America/New_York",
            "whenInPersonFull: must be one of ask, online, waiting-list");
  }

  @Test
  void anAccessibilityNeedOfAnotherKindIsDescribed() {
    Map<String, Object> delegate =
        Registrants.delegate("imrf-2026", "Sam Lee", Registrants.unique("sam"), "en");
    assertThat(invalidFields(Registrants.with(delegate, "accessibility", List.of("other"))))
        .containsExactly("accessibilityOther");
    assertThat(
            invalidFields(
                Registrants.with(delegate, "accessibilityOther", "A quiet room between sessions")))
        .containsExactly("accessibility");
  }

  @Test
  void publicListingIsABoolean() {
    assertThat(
            invalidFields(
                Registrants.with(
                    Registrants.delegate("imrf-2026", "Sam Lee", Registrants.unique("sam"), "en"),
                    "publicListing",
                    "perhaps")))
        .containsExactly("publicListing");
  }

  @Test
  void controlCharactersInANameAreRefused() {
    assertThat(
            invalidFields(
                Registrants.delegate(
                    "imrf-2026",
                    "Robert\u0000'); drop table participant;--",
                    "robert@example.org",
                    "en")))
        .containsExactly("name");
  }

  @Test
  void aFieldOfTheWrongTypeIsNamed() {
    assertThat(
            invalidFields(
                "{\"edition\":\"imrf-2026\",\"name\":[\"A\"],\"email\":\"a@example.org\","
                    + "\"organisation\":\"O\",\"country\":\"FR\",\"category\":\"media\","
                    + "\"preferredLanguage\":\"en\",\"attendance\":\"online\"}"))
        .containsExactly("name");
  }

  @Test
  void aServerOwnedFieldCannotBeSet() {
    assertThat(
            invalidFields(
                "{\"id\":\"00000000-0000-0000-0000-000000000001\",\"edition\":\"imrf-2026\","
                    + "\"name\":\"A\",\"email\":\"a@example.org\",\"preferredLanguage\":\"en\"}"))
        .containsExactly("id");
  }

  @Test
  void malformedJsonIsABadRequest() {
    http.post()
        .uri("/participants")
        .contentType(MediaType.APPLICATION_JSON)
        .body("{\"edition\": \"imrf-2026\", ")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("The request body is not valid JSON");
  }

  @Test
  void aBodyThatIsNotJsonIsUnsupported() {
    http.post()
        .uri("/participants")
        .contentType(MediaType.TEXT_PLAIN)
        .body("edition=imrf-2026")
        .exchange()
        .expectStatus()
        .isEqualTo(415)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void aParticipantIdThatIsNotAUuidIsABadRequest() {
    http.get()
        .uri("/participants/not-a-uuid")
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("id");
  }

  private List<String> invalidFields(Object body) {
    JsonNode problem =
        post(body)
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .returnResult(JsonNode.class)
            .getResponseBody();
    return problem.get("errors").valueStream().map(error -> error.get("field").asString()).toList();
  }

  private RestTestClient.ResponseSpec post(Object body) {
    return http.post()
        .uri("/participants")
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .exchange();
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
