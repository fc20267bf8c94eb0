package org.imrf.registration.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;
import static org.imrf.testing.TopicProbe.header;
import static org.imrf.testing.TopicProbe.keyed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imrf.backbone.sealing.Sealer;
import org.imrf.registration.Registrants;
import org.imrf.registration.Topics;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@ServiceTest
class AccessLinksTest {

  @Autowired RestTestClient http;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Autowired Sealer sealer;

  @Test
  void registeringAnswersWithAPersonalLinkWhoseTokenIsStoredOnlyAsAHashAndSentSealed() {
    // when someone registers
    JsonNode registered = register("imrf-2026", RegisteringAParticipantTest.unique("kofi"));

    // then the answer holds a link with a high-entropy token
    String link = registered.get("accessLink").asString();
    assertThat(link).matches("http://127\\.0\\.0\\.1:8080/access/[A-Za-z0-9_-]{43}");
    String token = link.substring(link.lastIndexOf('/') + 1);
    String participant = registered.get("id").asString();

    // and only its hash is stored
    assertThat(
            jdbc.sql("select count(*) from access_link where token_hash = :hash")
                .param("hash", AccessLinks.hash(token))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from access_link where token_hash like :token")
                .param("token", "%" + token + "%")
                .query(Long.class)
                .single())
        .isZero();

    // and the event carries the hash, and the link sealed for notification-service only
    ConsumerRecord<String, byte[]> issued = events(participant, "access-link-issued", 1).get(0);
    assertSatisfiesContract(issued);
    JsonNode event = json.readTree(new String(issued.value(), StandardCharsets.UTF_8));
    assertThat(event.get("tokenHash").asString()).isEqualTo(AccessLinks.hash(token));
    assertThat(event.get("reason").asString()).isEqualTo("registration");
    assertThat(new String(issued.value(), StandardCharsets.UTF_8)).doesNotContain(token);
    assertThat(sealer.open(event.get("sealedLink").asString())).isEqualTo(link);
  }

  @Test
  void aLinkExpiresTheDayAfterItsEditionEnds() {
    // 2022's registration closed long ago: an organiser adds the participant
    JsonNode registered =
        http.post()
            .uri("/participants")
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .contentType(MediaType.APPLICATION_JSON)
            .body(
                Registrants.delegate(
                    "imrf-2022", "Link Holder", RegisteringAParticipantTest.unique("past"), "fr"))
            .exchange()
            .expectStatus()
            .isCreated()
            .returnResult(JsonNode.class)
            .getResponseBody();

    // the 2022 forum ended on 20 May in New York: the link works until 21 May, 00:00 there
    assertThat(Instant.parse(registered.get("accessLinkExpiresAt").asString()))
        .isEqualTo(Instant.parse("2022-05-21T04:00:00Z"));
  }

  @Test
  void askingForAFreshLinkRevokesTheOldOneAndSaysTheSameWhetherOrNotTheAddressIsRegistered() {
    String email = RegisteringAParticipantTest.unique("mariam");
    String participant = register("imrf-2026", email).get("id").asString();

    String registeredAnswer = requestFresh(email.toUpperCase());
    String unknownAnswer =
        requestFresh(RegisteringAParticipantTest.unique("nobody")).replace("nobody", "x");

    assertThat(registeredAnswer.replace(email.toUpperCase(), "x")).isNotBlank();
    assertThat(json.readTree(registeredAnswer).get("detail"))
        .isEqualTo(json.readTree(unknownAnswer).get("detail"));
    List<ConsumerRecord<String, byte[]>> revoked = events(participant, "access-link-revoked", 1);
    assertSatisfiesContract(revoked.get(0));
    List<ConsumerRecord<String, byte[]>> issued = events(participant, "access-link-issued", 2);
    JsonNode fresh = json.readTree(new String(issued.get(1).value(), StandardCharsets.UTF_8));
    assertThat(fresh.get("reason").asString()).isEqualTo("requested");
    assertThat(fresh.get("issuedBy").asString()).isEqualTo("participant");
  }

  @Test
  void anOrganiserWhoReplacesALinkIsRecordedInTheEvent() {
    String participant =
        register("imrf-2026", RegisteringAParticipantTest.unique("amina")).get("id").asString();

    http.post()
        .uri("/participants/{id}/access-link", participant)
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isAccepted();

    JsonNode fresh =
        json.readTree(
            new String(
                events(participant, "access-link-issued", 2).get(1).value(),
                StandardCharsets.UTF_8));
    assertThat(fresh.get("reason").asString()).isEqualTo("reissued");
    assertThat(fresh.get("issuedBy").asString()).isEqualTo("organiser@un.example");
    JsonNode revoked =
        json.readTree(
            new String(
                events(participant, "access-link-revoked", 1).get(0).value(),
                StandardCharsets.UTF_8));
    assertThat(revoked.get("revokedBy").asString()).isEqualTo("organiser@un.example");
  }

  private JsonNode register(String edition, String email) {
    return http.post()
        .uri("/participants")
        .contentType(MediaType.APPLICATION_JSON)
        .body(Registrants.delegate(edition, "Link Holder", email, "fr"))
        .exchange()
        .expectStatus()
        .isCreated()
        .returnResult(JsonNode.class)
        .getResponseBody();
  }

  private String requestFresh(String email) {
    return http.post()
        .uri("/access-links")
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("edition", "imrf-2026", "email", email))
        .exchange()
        .expectStatus()
        .isAccepted()
        .returnResult(String.class)
        .getResponseBody();
  }

  private static List<ConsumerRecord<String, byte[]>> events(
      String participant, String kind, int count) {
    try (TopicProbe topic = TopicProbe.of(Topics.PARTICIPANTS)) {
      return topic.await(
          keyed(participant).and(r -> header(r, "ce_type").contains(kind)),
          count,
          Duration.ofSeconds(20));
    }
  }
}
