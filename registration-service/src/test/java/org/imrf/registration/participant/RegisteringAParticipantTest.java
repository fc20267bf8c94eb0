package org.imrf.registration.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;
import static org.imrf.testing.TopicProbe.header;
import static org.imrf.testing.TopicProbe.keyed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imrf.registration.Registrants;
import org.imrf.registration.Topics;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@ServiceTest
class RegisteringAParticipantTest {

  @Autowired RestTestClient http;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  @Test
  void someoneWhoRegistersIsStoredAndAnnouncedOnceOnTheParticipantsTopic() {
    // given an Arabic-speaking delegate with a name in Arabic script
    String email = unique("layla.haddad");
    var request = Registrants.delegate("imrf-2026", "ليلى حداد", email, "ar");

    // when she registers
    var response =
        http.post()
            .uri("/participants")
            .contentType(MediaType.APPLICATION_JSON)
            .body(request)
            .exchange()
            .expectStatus()
            .isCreated()
            .expectHeader()
            .valueMatches("Location", ".*/participants/[0-9a-f-]{36}")
            .returnResult(JsonNode.class)
            .getResponseBody();

    // then she can read her registration back, her name intact
    String id = response.get("id").asString();
    http.get()
        .uri("/participants/{id}", id)
        .header("Authorization", "Bearer " + TestTokens.attendee(UUID.fromString(id)))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.name")
        .isEqualTo("ليلى حداد")
        .jsonPath("$.email")
        .isEqualTo(email)
        .jsonPath("$.preferredLanguage")
        .isEqualTo("ar")
        .jsonPath("$.edition")
        .isEqualTo("imrf-2026");

    // and exactly one participant-registered event, as the contract says, is on the topic
    try (TopicProbe topic = TopicProbe.of(Topics.PARTICIPANTS)) {
      var registered =
          keyed(id).and(r -> "imrf.participant.registered.v3".equals(header(r, "ce_type")));
      topic.await(registered, 1, Duration.ofSeconds(20));
      var records = topic.publishedBy("registration", registered);
      assertThat(records).hasSize(1);
      ConsumerRecord<String, byte[]> record = records.get(0);
      assertSatisfiesContract(record);
      assertThat(header(record, "ce_type")).isEqualTo("imrf.participant.registered.v3");
      assertThat(header(record, "ce_source")).isEqualTo("/imrf/registration-service");
      JsonNode event = json.readTree(new String(record.value(), StandardCharsets.UTF_8));
      assertThat(event.get("participantId").asString()).isEqualTo(id);
      assertThat(event.get("name").asString()).isEqualTo("ليلى حداد");
      assertThat(event.get("preferredLanguage").asString()).isEqualTo("ar");
      assertThat(event.get("category").asString()).isEqualTo("member-state");
      assertThat(event.get("accreditation").asString()).isEqualTo("not-required");
      assertThat(event.has("livedExperience")).as("lived experience never leaves").isFalse();
      assertThat(event.get("editionTitles").get("en").asString())
          .isEqualTo("International Migration Review Forum 2026");
    }
  }

  @Test
  void aSecondRegistrationWithTheSameAddressIsRefusedAndWritesNothing() {
    // given someone registered for 2026
    String email = unique("mateo.garcia");
    register("imrf-2026", "Mateo García", email).expectStatus().isCreated();
    await().atMost(Duration.ofSeconds(20)).until(() -> count("messaging.outbox") == 0);
    long participants = count("participant");
    long events = published();

    // when the same address registers again for the same edition, in other letter case
    register("imrf-2026", "Mateo Garcia", email.toUpperCase())
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(String.class, detail -> assertThat(detail).contains("already registered"))
        // and is told how to get their access link again
        .jsonPath("$.accessLinkRequest.href")
        .isEqualTo("/access-links")
        .jsonPath("$.accessLinkRequest.body.email")
        .isEqualTo(email);

    // then nothing more is stored or published
    assertThat(count("participant")).isEqualTo(participants);
    assertThat(count("messaging.outbox")).isZero();
    assertThat(published()).isEqualTo(events);

    // while the same address may still be registered for another edition (2022's registration
    // closed long ago: an organiser adds them)
    http.post()
        .uri("/participants")
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .contentType(MediaType.APPLICATION_JSON)
        .body(Registrants.delegate("imrf-2022", "Mateo García", email, "es"))
        .exchange()
        .expectStatus()
        .isCreated();
  }

  @Test
  void anEditionTheForumDoesNotHoldIsNotFound() {
    long participants = count("participant");

    register("imrf-2031", "Ana Souza", unique("ana"))
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.edition")
        .isEqualTo("imrf-2031");

    assertThat(count("participant")).isEqualTo(participants);
  }

  @Test
  void anUnknownParticipantIsNotFound() {
    http.get()
        .uri("/participants/{id}", UUID.randomUUID())
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  private RestTestClient.ResponseSpec register(String edition, String name, String email) {
    return http.post()
        .uri("/participants")
        .contentType(MediaType.APPLICATION_JSON)
        .body(Registrants.delegate(edition, name, email, "es"))
        .exchange();
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private long published() {
    try (TopicProbe topic = TopicProbe.of(Topics.PARTICIPANTS)) {
      return topic.publishedBy("registration", record -> true).size();
    }
  }

  static String unique(String local) {
    return local + "+" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }
}
