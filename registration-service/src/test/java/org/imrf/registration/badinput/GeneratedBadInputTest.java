package org.imrf.registration.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imrf.registration.ParticipantsApi;
import org.imrf.registration.Registrants;
import org.imrf.registration.badinput.BadRequests.BadRequest;
import org.imrf.testing.MalformedText;
import org.imrf.testing.ProblemAnswers;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.StoredRows;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Thousands of generated requests, each wrong in one way: every one is answered with a 4xx problem
 * naming the invalid field (where one field is wrong), none with a 500, and nothing is written.
 */
@ServiceTest
class GeneratedBadInputTest {

  private static final int REGISTRATIONS = 3000;
  private static final int CHANGES = 1000;

  @Autowired RestTestClient http;
  @Autowired JdbcClient jdbc;

  @Test
  void generatedBadRegistrationsAreAllRefusedAndNothingIsWritten() {
    // given what is stored
    long participants = count("participant");
    long links = count("access_link");

    // when thousands of bad registrations arrive
    List<String> wrongAnswers = new ArrayList<>();
    Map<Integer, Long> statuses =
        BadRequests.registrations()
            .sampleStream()
            .limit(REGISTRATIONS)
            .map(request -> send("/participants", "POST", null, request, wrongAnswers))
            .collect(Collectors.groupingBy(status -> status, Collectors.counting()));

    // then each was refused with a problem, never accepted nor a 500
    assertThat(wrongAnswers).as("requests not answered with a 4xx problem").isEmpty();
    assertThat(statuses.keySet()).allMatch(status -> status >= 400 && status < 500);
    assertThat(statuses).containsKeys(400, 404, 415);
    // and nothing was written
    assertThat(count("participant")).isEqualTo(participants);
    assertThat(count("access_link")).isEqualTo(links);
  }

  @Test
  void generatedBadChangesAreAllRefusedAndTheParticipantIsUnchanged() {
    // given a participant
    JsonNode participant = new ParticipantsApi(http).register(BadRequests.valid());
    String id = participant.get("id").asString();
    String token = TestTokens.attendee(java.util.UUID.fromString(id));

    // when a thousand bad changes arrive
    List<String> wrongAnswers = new ArrayList<>();
    BadRequests.detailsChanges()
        .sampleStream()
        .limit(CHANGES)
        .forEach(request -> send("/participants/" + id, "PATCH", token, request, wrongAnswers));

    // then each was refused, and the participant is as they were
    assertThat(wrongAnswers).as("requests not answered with a 4xx problem").isEmpty();
    JsonNode after = new ParticipantsApi(http).read(id);
    assertThat(after.get("version").asInt()).isEqualTo(participant.get("version").asInt());
    assertThat(after.get("name").asString()).isEqualTo(participant.get("name").asString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"C0 AF", "E0 80 AF", "F0 80 80 AF", "F4 90 80 80"})
  void theSequencesTheReplayGotThroughAreRefusedAndNothingIsWritten(String sequence) {
    // given a registration whose name holds an overlong "/" (or a code point beyond Unicode)
    Map<String, Object> registration = BadRequests.valid();
    String email = (String) registration.get("email");
    byte[] body =
        MalformedText.withInside(
            Registrants.with(registration, "name", "Test  Person"),
            List.of("name"),
            5.0 / 12,
            MalformedText.bytes(sequence));

    // when it is sent
    var result =
        http.post()
            .uri("/participants")
            .contentType(MediaType.APPLICATION_JSON)
            .body(body)
            .exchange()
            .returnResult(String.class);

    // then it is refused, saying where the body stops being UTF-8
    assertThat(result.getStatus().value()).isEqualTo(400);
    assertThat(
            result
                .getResponseHeaders()
                .getContentType()
                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .isTrue();
    assertThat(result.getResponseBody()).contains("not well-formed UTF-8").contains("byteOffset");
    // and nothing anywhere mentions the registration: no participant, no link, no confirmation
    assertThat(StoredRows.mentioning(jdbc, email)).isEmpty();
  }

  @Test
  void aLoneSurrogateInANameIsRefusedNamingTheFieldAndNothingIsWritten() {
    Map<String, Object> registration = BadRequests.valid();
    String email = (String) registration.get("email");
    byte[] body =
        MalformedText.withInside(
            Registrants.with(registration, "name", "Test Person"),
            List.of("name"),
            5.0 / 11,
            "\\ud800".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    http.post()
        .uri("/participants")
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("name");
    assertThat(StoredRows.mentioning(jdbc, email)).isEmpty();
  }

  private int send(
      String uri, String method, String token, BadRequest request, List<String> wrongAnswers) {
    var spec =
        http.method(org.springframework.http.HttpMethod.valueOf(method))
            .uri(uri)
            .contentType(MediaType.parseMediaType(request.contentType()));
    if (token != null) {
      spec.header("Authorization", "Bearer " + token);
    }
    var result = spec.body(request.body()).exchange().returnResult(String.class);
    int status = result.getStatus().value();
    MediaType type = result.getResponseHeaders().getContentType();
    String body = result.getResponseBody();
    boolean problem =
        type != null
            && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            && ProblemAnswers.hasTitle(body)
            && (request.field() == null || ProblemAnswers.namesField(body, request.field()));
    if (status < 400 || status >= 500 || !problem) {
      wrongAnswers.add(status + " " + type + " for " + request + " → " + body);
    }
    return status;
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
