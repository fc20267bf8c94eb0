package org.imrf.registration.hearing;

import static org.imrf.registration.ParticipantsApi.id;
import static org.imrf.registration.Registrants.stakeholder;
import static org.imrf.registration.Registrants.unique;
import static org.imrf.registration.Registrants.with;
import static org.imrf.testing.TopicProbe.header;
import static org.imrf.testing.TopicProbe.keyed;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imrf.registration.ParticipantsApi;
import org.imrf.registration.Topics;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicProbe;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** The hearing API as tests use it: each call expects success unless it says otherwise. */
public final class HearingApi {

  private final RestTestClient http;
  private final ParticipantsApi participants;

  public HearingApi(RestTestClient http) {
    this.http = http;
    this.participants = new ParticipantsApi(http);
  }

  public ParticipantsApi participants() {
    return participants;
  }

  /** Sets up a session starting at a local time of the edition, and returns its id. */
  public String session(String edition, String title, String startsAt, String speakingTime) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title);
    body.put("startsAt", startsAt);
    if (speakingTime != null) {
      body.put("speakingTime", speakingTime);
    }
    return participants
        .post("/editions/" + edition + "/hearing/sessions", TestTokens.organiser(), body)
        .expectStatus()
        .isCreated()
        .returnResult(JsonNode.class)
        .getResponseBody()
        .get("id")
        .asString();
  }

  /**
   * Registers a stakeholder of a new organisation (from Kenya unless a country is given) and has
   * their accreditation granted: confirmed for an NGO in ECOSOC status, else approved after an
   * objection (the fastest way through the special track).
   */
  public JsonNode accreditedStakeholder(String edition, String category, Object... overrides) {
    JsonNode registered =
        participants.register(
            with(
                with(
                    stakeholder(
                        edition, category, "Organisation " + UUID.randomUUID(), unique("speaker")),
                    "attendance",
                    "online"),
                overrides));
    if (category.equals("civil-society-ecosoc")) {
      participants.decide(id(registered), "confirm", null);
    } else {
      participants.decide(id(registered), "provisionally-approve", null);
      participants
          .post(
              "/participants/" + id(registered) + "/accreditation/objections",
              TestTokens.organiser(),
              Map.of("memberState", "NO", "reason", "Test objection"))
          .expectStatus()
          .isOk();
      participants.decide(id(registered), "grant", "Objection not upheld");
    }
    return registered;
  }

  /** The body of a request to speak. */
  public static Map<String, Object> requestToSpeak(
      String session, List<Integer> objectives, String summary) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("session", session);
    body.put("objectives", objectives);
    body.put("summary", summary);
    return body;
  }

  /** The participant asks to speak for themselves; the answer is expected to be 201. */
  public JsonNode request(String edition, JsonNode participant, Map<String, Object> body) {
    return requestAs(edition, ParticipantsApi.attendee(participant), body)
        .expectStatus()
        .isCreated()
        .returnResult(JsonNode.class)
        .getResponseBody();
  }

  /** Asks to speak in a session, for objective 13, as the participant. */
  public JsonNode request(String edition, JsonNode participant, String session) {
    return request(
        edition, participant, requestToSpeak(session, List.of(13), "Alternatives to detention"));
  }

  public RestTestClient.ResponseSpec requestAs(
      String edition, String token, Map<String, Object> body) {
    return participants.post("/editions/" + edition + "/hearing/requests", token, body);
  }

  public RestTestClient.ResponseSpec select(String edition, String request) {
    return participants.post(
        "/editions/" + edition + "/hearing/requests/" + request + "/selection",
        TestTokens.organiser(),
        null);
  }

  public JsonNode selected(String edition, String request) {
    return select(edition, request)
        .expectStatus()
        .isOk()
        .returnResult(JsonNode.class)
        .getResponseBody();
  }

  public RestTestClient.ResponseSpec decline(String edition, String request, String reason) {
    return participants.post(
        "/editions/" + edition + "/hearing/requests/" + request + "/decline",
        TestTokens.organiser(),
        reason == null ? Map.of() : Map.of("reason", reason));
  }

  public JsonNode runningOrder(String edition, String session) {
    return participants.get(
        "/editions/" + edition + "/hearing/sessions/" + session + "/running-order",
        TestTokens.organiser());
  }

  public RestTestClient.ResponseSpec setRunningOrder(
      String edition, String session, Map<String, Object> body) {
    return http.put()
        .uri("/editions/" + edition + "/hearing/sessions/" + session + "/running-order")
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .exchange();
  }

  public JsonNode balance(String edition, String session) {
    return participants.get(
        "/editions/"
            + edition
            + "/hearing/balance"
            + (session == null ? "" : "?session=" + session),
        TestTokens.organiser());
  }

  public JsonNode requests(String edition, String query) {
    return participants.get(
        "/editions/" + edition + "/hearing/requests" + (query == null ? "" : "?" + query),
        TestTokens.organiser());
  }

  /** The edition's hearing events of a kind (a part of the type), once there are so many. */
  public static List<ConsumerRecord<String, byte[]>> events(
      String edition, String kind, int count) {
    try (TopicProbe topic = TopicProbe.of(Topics.HEARING)) {
      return topic.await(
          keyed(edition).and(r -> header(r, "ce_type").contains(kind)),
          count,
          Duration.ofSeconds(20));
    }
  }

  /** The edition's hearing events published so far: to show that none came. */
  public static List<ConsumerRecord<String, byte[]>> eventsSoFar(String edition) {
    try (TopicProbe topic = TopicProbe.of(Topics.HEARING)) {
      return topic.publishedBy("registration", keyed(edition));
    }
  }
}
