package org.imrf.registration.accesslink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imrf.registration.ParticipantsApi.eventsSoFar;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;
import static org.imrf.testing.TopicProbe.header;
import static org.imrf.testing.TopicProbe.keyed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imrf.backbone.sealing.Sealer;
import org.imrf.registration.Registrants;
import org.imrf.registration.Topics;
import org.imrf.testing.ContractAssertions;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicProbe;
import org.imrf.testing.TopicWriter;
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
  @Autowired MeterRegistry meters;

  @Test
  void registeringAnswersWithAPersonalLinkWhoseTokenIsStoredOnlyAsAHashAndSentSealed() {
    // when someone registers
    JsonNode registered = register("imrf-2026", Registrants.unique("kofi"));

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
  void aLinkForAnEditionThatEndedLongAgoStillWorksForThirtyDaysAfterIssue() {
    // 2022's registration closed long ago: an organiser adds the participant after the fact
    Instant before = Instant.now();
    JsonNode registered =
        registerAsOrganiser(
            Registrants.delegate("imrf-2022", "Link Holder", Registrants.unique("past"), "fr"));

    // the forum ended on 20 May 2022, but the participant can reach (and erase) their data for 30
    // days from now
    Instant expiresAt = Instant.parse(registered.get("accessLinkExpiresAt").asString());
    assertThat(expiresAt)
        .isBetween(before.plus(Duration.ofDays(30)), Instant.now().plus(Duration.ofDays(30)));
    JsonNode issued = payload(events(registered.get("id").asString(), "access-link-issued", 1));
    assertThat(Instant.parse(issued.get("expiresAt").asString())).isEqualTo(expiresAt);
  }

  @Test
  void aLinkForAnEditionThatEndsLaterWorksUntilTheDayAfterItEnds() {
    // an edition that ends on 15 May 2031 in New York
    String edition = "imrf-" + (3000 + ThreadLocalRandom.current().nextInt(6000));
    http.post()
        .uri("/editions")
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "id",
                edition,
                "title",
                "Test edition " + edition,
                "startsOn",
                "2031-05-12",
                "endsOn",
                "2031-05-15",
                "timeZone",
                "America/New_York"))
        .exchange()
        .expectStatus()
        .isCreated();

    JsonNode registered = register(edition, Registrants.unique("later"));

    // the link works until 16 May, 00:00 there
    assertThat(Instant.parse(registered.get("accessLinkExpiresAt").asString()))
        .isEqualTo(Instant.parse("2031-05-16T04:00:00Z"));
  }

  @Test
  void askingForAFreshLinkLeavesTheOldOneWorkingAndSaysTheSameWhetherOrNotTheAddressIsRegistered() {
    // given a participant with their link
    String email = Registrants.unique("mariam");
    JsonNode registered = register("imrf-2026", email);
    String participant = registered.get("id").asString();
    String first = AccessLinks.hash(token(registered));

    // when anyone asks for a fresh link for their address
    String registeredAnswer = requestFresh(email.toUpperCase());
    String unknownAnswer = requestFresh(Registrants.unique("nobody")).replace("nobody", "x");

    // then the answer does not tell whether the address is registered
    assertThat(registeredAnswer.replace(email.toUpperCase(), "x")).isNotBlank();
    assertThat(json.readTree(registeredAnswer).get("detail"))
        .isEqualTo(json.readTree(unknownAnswer).get("detail"));
    // and a fresh link goes to the address
    List<ConsumerRecord<String, byte[]>> issued = events(participant, "access-link-issued", 2);
    JsonNode fresh = json.readTree(new String(issued.get(1).value(), StandardCharsets.UTF_8));
    assertThat(fresh.get("reason").asString()).isEqualTo("requested");
    assertThat(fresh.get("issuedBy").asString()).isEqualTo("participant");
    // and the old one keeps working: nothing was revoked, before or with the fresh link
    assertThat(eventsSoFar(participant, "access-link-revoked")).isEmpty();
    assertThat(revokedBy(first)).isNull();
    assertThat(revokedBy(fresh.get("tokenHash").asString())).isNull();
  }

  @Test
  void theFirstUseOfAFreshLinkEndsTheLinksIssuedBeforeItButNotThoseIssuedAfter() {
    // given a participant's link, and two fresh ones asked for since
    String email = Registrants.unique("fatima");
    JsonNode registered = register("imrf-2026", email);
    String participant = registered.get("id").asString();
    String first = AccessLinks.hash(token(registered));
    requestFresh(email);
    requestFresh(email);
    List<ConsumerRecord<String, byte[]>> issued = events(participant, "access-link-issued", 3);
    String second = payload(issued.subList(1, 2)).get("tokenHash").asString();
    String third = payload(issued.subList(2, 3)).get("tokenHash").asString();

    // when identity-service says the second was opened for the first time
    firstUsed(participant, second, UUID.randomUUID());

    // then the first is revoked as superseded, and the second and third still work
    ConsumerRecord<String, byte[]> revoked = events(participant, "access-link-revoked", 1).get(0);
    assertSatisfiesContract(revoked);
    JsonNode event = payload(List.of(revoked));
    assertThat(event.get("tokenHash").asString()).isEqualTo(first);
    assertThat(event.get("revokedBy").asString()).isEqualTo("superseded");
    assertThat(revokedBy(first)).isEqualTo("superseded");
    assertThat(revokedBy(second)).isNull();
    assertThat(revokedBy(third)).isNull();
  }

  @Test
  void aFirstUseDeliveredTwiceIsAppliedOnce() {
    // given a participant whose fresh link's first use ended their first link
    String email = Registrants.unique("leila");
    JsonNode registered = register("imrf-2026", email);
    String participant = registered.get("id").asString();
    String first = AccessLinks.hash(token(registered));
    requestFresh(email);
    String second =
        payload(events(participant, "access-link-issued", 2).subList(1, 2))
            .get("tokenHash")
            .asString();
    UUID eventId = UUID.randomUUID();
    firstUsed(participant, second, eventId);
    events(participant, "access-link-revoked", 1);
    Instant firstRevokedAt = revokedAt(first);
    double skipped = deduplicated();

    // when the same event arrives again (a redelivery after a crash, say)
    firstUsed(participant, second, eventId);
    // and then the first use of a third link, which ends the second: by then the redelivery, on the
    // same partition before it, has been handled
    requestFresh(email);
    String third =
        payload(events(participant, "access-link-issued", 3).subList(2, 3))
            .get("tokenHash")
            .asString();
    firstUsed(participant, third, UUID.randomUUID());
    List<ConsumerRecord<String, byte[]>> revoked = events(participant, "access-link-revoked", 2);

    // then the redelivery was recognised and changed nothing
    assertThat(revoked)
        .extracting(r -> payload(List.of(r)).get("tokenHash").asString())
        .containsExactly(first, second);
    assertThat(revokedAt(first)).isEqualTo(firstRevokedAt);
    assertThat(deduplicated()).isEqualTo(skipped + 1);
  }

  @Test
  void anUnreadableFirstUseIsDeadLetteredAndTheNextOneIsStillApplied() {
    // given a participant with their link and a fresh one
    String email = Registrants.unique("nadia");
    JsonNode registered = register("imrf-2026", email);
    String participant = registered.get("id").asString();
    requestFresh(email);
    String second =
        payload(events(participant, "access-link-issued", 2).subList(1, 2))
            .get("tokenHash")
            .asString();

    // when a first-use event without its link arrives, then a valid one, on the same partition
    UUID unreadable = UUID.randomUUID();
    TopicWriter.send(
        Topics.ACCESS_LINKS,
        participant,
        firstUsedHeaders(participant, unreadable),
        ("{\"participantId\": \"" + participant + "\"}").getBytes(StandardCharsets.UTF_8));
    firstUsed(participant, second, UUID.randomUUID());

    // then the valid one is applied
    assertThat(payload(events(participant, "access-link-revoked", 1)).get("revokedBy").asString())
        .isEqualTo("superseded");
    // and the unreadable one is on registration-service's dead-letter topic, with why
    try (TopicProbe deadLetters = TopicProbe.of(Topics.DEAD_LETTERS)) {
      List<ConsumerRecord<String, byte[]>> dead =
          deadLetters.await(
              keyed(participant).and(r -> unreadable.toString().equals(header(r, "ce_id"))),
              1,
              Duration.ofSeconds(30));
      assertThat(dead).hasSize(1);
      assertThat(header(dead.get(0), "x-original-topic")).isEqualTo(Topics.ACCESS_LINKS);
      assertThat(header(dead.get(0), "x-exception-message")).contains("unreadable payload");
    }
  }

  @Test
  void theFirstUseOfALinkThisServiceDoesNotKnowChangesNothing() {
    // given a participant with their link
    JsonNode registered = register("imrf-2026", Registrants.unique("omar"));
    String participant = registered.get("id").asString();
    String link = AccessLinks.hash(token(registered));

    // when identity-service reports the first use of a link this participant was never given, then
    // of their own (which supersedes nothing)
    firstUsed(participant, AccessLinks.hash("not-a-link-of-theirs"), UUID.randomUUID());
    UUID own = UUID.randomUUID();
    firstUsed(participant, link, own);

    // then both were applied, and their link still works
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.sql("select count(*) from messaging.processed_event where event_id = :id")
                        .param("id", own)
                        .query(Long.class)
                        .single()
                    == 1);
    assertThat(revokedBy(link)).isNull();
    assertThat(eventsSoFar(participant, "access-link-revoked")).isEmpty();
  }

  @Test
  void anOrganiserWhoReplacesALinkIsRecordedInTheEvent() {
    String participant = register("imrf-2026", Registrants.unique("amina")).get("id").asString();

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

  private JsonNode registerAsOrganiser(Map<String, Object> body) {
    return http.post()
        .uri("/participants")
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .exchange()
        .expectStatus()
        .isCreated()
        .returnResult(JsonNode.class)
        .getResponseBody();
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

  private static String token(JsonNode registered) {
    String link = registered.get("accessLink").asString();
    return link.substring(link.lastIndexOf('/') + 1);
  }

  private String revokedBy(String tokenHash) {
    return jdbc.sql("select revoked_by from access_link where token_hash = :hash")
        .param("hash", tokenHash)
        .query((row, n) -> row.getString(1))
        .list()
        .get(0);
  }

  private Instant revokedAt(String tokenHash) {
    return jdbc.sql("select revoked_at from access_link where token_hash = :hash")
        .param("hash", tokenHash)
        .query((row, n) -> row.getTimestamp(1).toInstant())
        .single();
  }

  /** First-use events this service's consumer skipped as already applied. */
  private double deduplicated() {
    Counter counter =
        meters.find("imrf.events.deduplicated").tag("type", AccessLinkFirstUsed.TYPE).counter();
    return counter == null ? 0 : counter.count();
  }

  /** What identity-service publishes when a link is exchanged for the first time. */
  private static void firstUsed(String participant, String tokenHash, UUID eventId) {
    Map<String, String> headers = firstUsedHeaders(participant, eventId);
    byte[] body =
        """
        {"participantId": "%s", "tokenHash": "%s", "usedAt": "%s"}
        """
            .formatted(participant, tokenHash, Instant.now())
            .getBytes(StandardCharsets.UTF_8);
    assertThat(
            ContractAssertions.contracts()
                .violations(AccessLinkFirstUsed.TYPE, Topics.ACCESS_LINKS, headers, body))
        .isEmpty();
    TopicWriter.send(Topics.ACCESS_LINKS, participant, headers, body);
  }

  private static Map<String, String> firstUsedHeaders(String participant, UUID eventId) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("ce_specversion", "1.0");
    headers.put("ce_id", eventId.toString());
    headers.put("ce_source", "/imrf/identity-service");
    headers.put("ce_type", AccessLinkFirstUsed.TYPE);
    headers.put("ce_time", Instant.now().toString());
    headers.put("ce_subject", participant);
    headers.put("content-type", "application/json");
    return headers;
  }

  private JsonNode payload(List<ConsumerRecord<String, byte[]>> records) {
    return json.readTree(new String(records.get(0).value(), StandardCharsets.UTF_8));
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
