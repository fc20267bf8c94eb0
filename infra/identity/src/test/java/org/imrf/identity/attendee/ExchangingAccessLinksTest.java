package org.imrf.identity.attendee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.imrf.identity.Topics;
import org.imrf.testing.ContractAssertions;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TopicWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceTest
class ExchangingAccessLinksTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired RestTestClient http;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void anIssuedLinkIsExchangedForATokenThatSpeaksForItsParticipantOnly() throws Exception {
    UUID participant = UUID.randomUUID();
    String token = newToken();
    issued(participant, token, Instant.now().plus(Duration.ofDays(30)));

    JsonNode answer = awaitExchange(token);

    SignedJWT jwt = SignedJWT.parse(answer.get("access_token").asString());
    assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("participant:" + participant);
    assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("attendee");
    assertThat(jwt.getJWTClaimsSet().getStringClaim("participant_id"))
        .isEqualTo(participant.toString());
    assertThat(answer.has("refresh_token")).isFalse();
  }

  @Test
  void aRevokedLinkOpensNothing() {
    UUID participant = UUID.randomUUID();
    String token = newToken();
    issued(participant, token, Instant.now().plus(Duration.ofDays(30)));
    awaitExchange(token);

    revoked(participant, token);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> exchange(token).expectStatus().isBadRequest());
    exchange(token).expectBody().jsonPath("$.error").isEqualTo("invalid_grant");
  }

  @Test
  void anErasedParticipantsLinksAreForgotten() {
    // given a participant whose link opens
    UUID participant = UUID.randomUUID();
    String token = newToken();
    issued(participant, token, Instant.now().plus(Duration.ofDays(30)));
    awaitExchange(token);

    // when they are erased
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("participantId", participant.toString());
    payload.put("editionId", "imrf-2026");
    payload.put("requestedBy", "participant");
    payload.put("erasedAt", Instant.now().toString());
    send("imrf.participant.erased.v1", participant, payload);

    // then nothing of theirs is kept, and the link opens nothing
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.sql("select count(*) from access_link where participant_id = :p")
                        .param("p", participant)
                        .query(Long.class)
                        .single()
                    == 0);
    exchange(token).expectStatus().isBadRequest();
  }

  @Test
  void anExpiredLinkAndAnUnknownOneGetTheSameAnswer() {
    UUID participant = UUID.randomUUID();
    String expired = newToken();
    String alive = newToken();
    issued(participant, expired, Instant.now().minus(Duration.ofDays(1)));
    issued(participant, alive, Instant.now().plus(Duration.ofDays(1)));
    awaitExchange(alive); // events of one participant arrive in order: the expired one is known

    String expiredAnswer = body(exchange(expired).expectStatus().isBadRequest());
    String unknownAnswer = body(exchange(newToken()).expectStatus().isBadRequest());

    assertThat(expiredAnswer).isEqualTo(unknownAnswer).contains("invalid_grant");
  }

  @Test
  void onlyAClientAllowedTheGrantMayExchange() {
    http.post()
        .uri("/oauth2/token")
        .headers(headers -> headers.setBasicAuth("test-scripts", "test-secret"))
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body("grant_type=urn:imrf:params:oauth:grant-type:access-link&access_link=" + newToken())
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.error")
        .isEqualTo("unauthorized_client");
  }

  private JsonNode awaitExchange(String token) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> exchange(token).expectStatus().isOk());
    return exchange(token).returnResult(JsonNode.class).getResponseBody();
  }

  private RestTestClient.ResponseSpec exchange(String token) {
    return http.post()
        .uri("/oauth2/token")
        .headers(headers -> headers.setBasicAuth("test-gateway", "gateway-secret"))
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body("grant_type=urn:imrf:params:oauth:grant-type:access-link&access_link=" + token)
        .exchange();
  }

  private static String body(RestTestClient.ResponseSpec response) {
    return response.returnResult(String.class).getResponseBody();
  }

  private static String newToken() {
    return UUID.randomUUID().toString().replace("-", "")
        + UUID.randomUUID().toString().replace("-", "");
  }

  private static void issued(UUID participant, String token, Instant expiresAt) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("participantId", participant.toString());
    payload.put("editionId", "imrf-2026");
    payload.put("tokenHash", AccessLinkRegistry.hash(token));
    payload.put("sealedLink", "c2VhbGVk");
    payload.put("expiresAt", expiresAt.toString());
    payload.put("reason", "registration");
    payload.put("issuedBy", "participant");
    payload.put("issuedAt", Instant.now().toString());
    send("imrf.participant.access-link-issued.v1", participant, payload);
  }

  private static void revoked(UUID participant, String token) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("participantId", participant.toString());
    payload.put("tokenHash", AccessLinkRegistry.hash(token));
    payload.put("revokedBy", "participant");
    payload.put("revokedAt", Instant.now().toString());
    send("imrf.participant.access-link-revoked.v1", participant, payload);
  }

  private static void send(String type, UUID participant, Map<String, Object> payload) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("ce_specversion", "1.0");
    headers.put("ce_id", UUID.randomUUID().toString());
    headers.put("ce_source", "/imrf/registration-service");
    headers.put("ce_type", type);
    headers.put("ce_time", Instant.now().toString());
    headers.put("ce_subject", participant.toString());
    headers.put("content-type", "application/json");
    byte[] body = JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8);
    assertThat(ContractAssertions.contracts().violations(type, Topics.PARTICIPANTS, headers, body))
        .isEmpty();
    TopicWriter.send(Topics.PARTICIPANTS, participant.toString(), headers, body);
  }
}
