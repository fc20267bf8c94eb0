package org.imrf.registration;

import static org.imrf.testing.TopicProbe.header;
import static org.imrf.testing.TopicProbe.keyed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicProbe;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The participants API as tests use it: each call expects success unless it says otherwise. */
public final class ParticipantsApi {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final RestTestClient http;

  public ParticipantsApi(RestTestClient http) {
    this.http = http;
  }

  /**
   * Sets up an edition of its own for a test, open for registration, and returns its id: its lists
   * and counts hold only what the test puts there.
   */
  public String newEdition() {
    // ids are drawn from a thousand: a few draws may meet an edition another test set up
    for (int attempt = 0; attempt < 20; attempt++) {
      String id = "imrf-" + (1000 + ThreadLocalRandom.current().nextInt(1000));
      int status =
          post(
                  "/editions",
                  TestTokens.organiser(),
                  Map.of("id", id, "title", "Test edition " + id, "timeZone", "America/New_York"))
              .returnResult(JsonNode.class)
              .getStatus()
              .value();
      if (status == 201) {
        return id;
      }
      if (status != 409) {
        throw new AssertionError("setting up edition " + id + " was answered " + status);
      }
    }
    throw new AssertionError("20 edition ids drawn in a row were taken already");
  }

  /** Registers, as the participant themselves, and returns the new registration. */
  public JsonNode register(Map<String, Object> body) {
    return post("/participants", null, body)
        .expectStatus()
        .isCreated()
        .returnResult(JsonNode.class)
        .getResponseBody();
  }

  public RestTestClient.ResponseSpec post(String uri, String token, Object body) {
    RestTestClient.RequestBodySpec spec = http.post().uri(uri);
    if (token != null) {
      spec.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      spec.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return spec.exchange();
  }

  public RestTestClient.ResponseSpec patch(String id, String token, String ifMatch, Object body) {
    RestTestClient.RequestBodySpec spec =
        http.patch()
            .uri("/participants/{id}", id)
            .header("Authorization", "Bearer " + token)
            .contentType(MediaType.valueOf("application/merge-patch+json"));
    if (ifMatch != null) {
      spec.header("If-Match", ifMatch);
    }
    return spec.body(body).exchange();
  }

  public JsonNode read(String id) {
    return get("/participants/" + id, TestTokens.organiser());
  }

  public JsonNode get(String uri, String token) {
    return http.get()
        .uri(uri)
        .header("Authorization", "Bearer " + token)
        .exchange()
        .expectStatus()
        .isOk()
        .returnResult(JsonNode.class)
        .getResponseBody();
  }

  /** An organiser's accreditation decision; the answer is expected to be 200. */
  public JsonNode decide(String id, String decision, String reason) {
    return post(
            "/participants/" + id + "/accreditation/decisions",
            TestTokens.organiser(),
            reason == null
                ? Map.of("decision", decision)
                : Map.of("decision", decision, "reason", reason))
        .expectStatus()
        .isOk()
        .returnResult(JsonNode.class)
        .getResponseBody();
  }

  /**
   * The participant's events of a kind (a part of the type, e.g. "cancelled"), once there are so
   * many.
   */
  public static List<ConsumerRecord<String, byte[]>> events(
      String participant, String kind, int count) {
    try (TopicProbe topic = TopicProbe.of(Topics.PARTICIPANTS)) {
      return topic.await(
          keyed(participant).and(r -> header(r, "ce_type").contains(kind)),
          count,
          Duration.ofSeconds(20));
    }
  }

  /** The participant's events of a kind published so far: to show that none (or no more) came. */
  public static List<ConsumerRecord<String, byte[]>> eventsSoFar(String participant, String kind) {
    try (TopicProbe topic = TopicProbe.of(Topics.PARTICIPANTS)) {
      return topic.publishedBy(
          "registration", keyed(participant).and(r -> header(r, "ce_type").contains(kind)));
    }
  }

  public static JsonNode payload(ConsumerRecord<String, byte[]> record) {
    return JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
  }

  public static String id(JsonNode participant) {
    return participant.get("id").asString();
  }

  public static String attendee(JsonNode participant) {
    return TestTokens.attendee(UUID.fromString(id(participant)));
  }
}
