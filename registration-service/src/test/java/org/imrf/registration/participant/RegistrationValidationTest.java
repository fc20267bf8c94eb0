package org.imrf.registration.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
        .containsExactlyInAnyOrder("edition", "name", "email", "preferredLanguage");
  }

  @Test
  void eachInvalidFieldIsNamedWithWhatIsWrong() {
    JsonNode problem =
        post(Map.of(
                "edition", "2026",
                "name", "x".repeat(201),
                "email", "not-an-address",
                "preferredLanguage", "de"))
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
            "preferredLanguage: must be one of ar, zh, en, fr, ru, es");
  }

  @Test
  void controlCharactersInANameAreRefused() {
    assertThat(
            invalidFields(
                Map.of(
                    "edition", "imrf-2026",
                    "name", "Robert\u0000'); drop table participant;--",
                    "email", "robert@example.org",
                    "preferredLanguage", "en")))
        .containsExactly("name");
  }

  @Test
  void aFieldOfTheWrongTypeIsNamed() {
    assertThat(
            invalidFields(
                "{\"edition\":\"imrf-2026\",\"name\":[\"A\"],\"email\":\"a@example.org\","
                    + "\"preferredLanguage\":\"en\"}"))
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
