package org.imrf.identity.attendee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;
import static org.imrf.testing.TopicProbe.header;
import static org.imrf.testing.TopicProbe.keyed;

import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imrf.edge.accesslinks.AccessLinkHash;
import org.imrf.identity.Topics;
import org.imrf.testing.ContractAssertions;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestGateway;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicProbe;
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
  void theFirstExchangeOfALinkIsPublishedAsItsFirstUseAndLaterOnesAreNot() {
    // given a participant's link, exchanged three times (the gateway renews tokens from it)
    UUID participant = UUID.randomUUID();
    String token = newToken();
    issued(participant, token, Instant.now().plus(Duration.ofDays(30)));
    Instant before = Instant.now();
    awaitExchange(token);
    exchange(token).expectStatus().isOk();
    exchange(token).expectStatus().isOk();

    // then its first use is published once, for registration-service to end older links
    List<ConsumerRecord<String, byte[]>> uses = firstUsesUntilAnotherLinkIsUsed(participant, token);
    assertThat(uses).hasSize(1);
    assertSatisfiesContract(uses.get(0));
    assertThat(header(uses.get(0), "ce_source")).isEqualTo("/imrf/identity-service");
    JsonNode event = JSON.readTree(uses.get(0).value());
    assertThat(event.get("participantId").asString()).isEqualTo(participant.toString());
    assertThat(Instant.parse(event.get("usedAt").asString())).isAfterOrEqualTo(before);
  }

  @Test
  void exchangesThatRaceForALinksFirstUsePublishItOnce() throws Exception {
    // given a link identity-service knows but nobody has used yet
    UUID participant = UUID.randomUUID();
    String token = newToken();
    issued(participant, token, Instant.now().plus(Duration.ofDays(30)));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.sql("select count(*) from access_link where token_hash = :hash")
                        .param("hash", AccessLinkHash.of(token))
                        .query(Long.class)
                        .single()
                    == 1);

    // when eight exchanges of it start at once
    int exchanges = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(exchanges);
    try {
      List<Future<Integer>> statuses =
          IntStream.range(0, exchanges)
              .mapToObj(
                  i ->
                      pool.submit(
                          () -> {
                            start.await();
                            // each from an address of its own: the tests' cap of four client
                            // authentications in progress per address would refuse some
                            return exchange(token, otherAddress())
                                .returnResult(String.class)
                                .getStatus()
                                .value();
                          }))
              .toList();
      start.countDown();
      for (Future<Integer> status : statuses) {
        assertThat(status.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }

    // then one first use is published
    assertThat(firstUsesUntilAnotherLinkIsUsed(participant, token)).hasSize(1);
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
  void aParticipantsExportShowsTheirLinksUseAndRevocationButNoHash() {
    // given a participant with a link they used and one that was revoked unused
    UUID participant = UUID.randomUUID();
    String used = newToken();
    String revoked = newToken();
    issued(participant, used, Instant.now().plus(Duration.ofDays(30)));
    issued(participant, revoked, Instant.now().plus(Duration.ofDays(20)));
    awaitExchange(used);
    revoked(participant, revoked);

    // when they download identity-service's part of their personal data
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> export(participant).at("/parts/accessLinks/1").hasNonNull("revokedAt"));
    String body = body(exportOf(participant).expectStatus().isOk());

    // then it shows each link's edition, use and revocation, newest expiry first
    JsonNode links = JSON.readTree(body).at("/parts/accessLinks");
    assertThat(links).hasSize(2);
    assertThat(links.get(0).get("edition").asString()).isEqualTo("imrf-2026");
    assertThat(links.get(0).hasNonNull("firstUsedAt")).isTrue();
    assertThat(links.get(0).hasNonNull("revokedAt")).isFalse();
    assertThat(links.get(1).hasNonNull("firstUsedAt")).isFalse();
    // and neither link's hash
    assertThat(body)
        .doesNotContain(AccessLinkHash.of(used))
        .doesNotContain(AccessLinkHash.of(revoked));
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

  /**
   * The first-use events of {@code token}, read until a marker link of the same participant, issued
   * and used after it, has its own: events of one participant are published in order, so whatever
   * {@code token} caused is in by then.
   */
  private List<ConsumerRecord<String, byte[]>> firstUsesUntilAnotherLinkIsUsed(
      UUID participant, String token) {
    String marker = newToken();
    issued(participant, marker, Instant.now().plus(Duration.ofDays(30)));
    awaitExchange(marker);
    try (TopicProbe topic = TopicProbe.of(Topics.ACCESS_LINKS)) {
      assertThat(
              topic.await(
                  keyed(participant.toString()).and(usesOf(marker)), 1, Duration.ofSeconds(20)))
          .hasSize(1);
      return topic.await(keyed(participant.toString()).and(usesOf(token)), 0, Duration.ZERO);
    }
  }

  private static Predicate<ConsumerRecord<String, byte[]>> usesOf(String token) {
    return record ->
        "imrf.access-link.first-used.v1".equals(header(record, "ce_type"))
            && JSON.readTree(record.value())
                .path("tokenHash")
                .asString()
                .equals(AccessLinkHash.of(token));
  }

  private JsonNode export(UUID participant) {
    return exportOf(participant).returnResult(JsonNode.class).getResponseBody();
  }

  private RestTestClient.ResponseSpec exportOf(UUID participant) {
    return http.get()
        .uri("/personal-data/" + participant)
        .header("Authorization", "Bearer " + TestTokens.attendee(participant))
        .exchange();
  }

  private JsonNode awaitExchange(String token) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> exchange(token).expectStatus().isOk());
    return exchange(token).returnResult(JsonNode.class).getResponseBody();
  }

  private RestTestClient.ResponseSpec exchange(String token) {
    return exchange(token, gatewayAddress);
  }

  private RestTestClient.ResponseSpec exchange(String token, String gatewayAddress) {
    return http.post()
        .uri("/oauth2/token")
        // the gateway's own address, as it forwards it: other tests' failed client secrets from
        // 127.0.0.1 may have it throttled (ThrottlingSignInTest)
        .headers(TestGateway.forwarded(gatewayAddress, "/api/identity"))
        .headers(headers -> headers.setBasicAuth("test-gateway", "gateway-secret"))
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body("grant_type=urn:imrf:params:oauth:grant-type:access-link&access_link=" + token)
        .exchange();
  }

  private final String gatewayAddress = otherAddress();

  private static String otherAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
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
    payload.put("tokenHash", AccessLinkHash.of(token));
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
    payload.put("tokenHash", AccessLinkHash.of(token));
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
