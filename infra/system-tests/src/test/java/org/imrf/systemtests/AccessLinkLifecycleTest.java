package org.imrf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imrf.testing.TopicProbe.header;
import static org.imrf.testing.TopicProbe.keyed;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imrf.testing.TopicProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A personal access link from issue to end, across processes: registration-service issues it,
 * identity-service exchanges it, registration- and notification-service both accept the token for
 * that participant only; revoked, or superseded by a fresh one the participant opened, it opens
 * nothing; for an edition long past, it still opens for 30 days.
 */
class AccessLinkLifecycleTest {

  private static final String CLIENT_SECRET = PlatformWithTheProvider.CLIENT_SECRET;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @RegisterExtension
  static final SharedPlatform<PlatformWithTheProvider> shared = PlatformWithTheProvider.shared();

  static PlatformWithTheProvider platform;
  static String identity;

  @BeforeAll
  static void platform() {
    platform = shared.get();
    identity = platform.identity;
  }

  @Test
  void aLinkOpensTheParticipantsOwnDataInEveryServiceUntilItIsRevoked() {
    // issue: registering answers with the link
    JsonNode registered = register("imrf-2026", "Mariam Diallo", "fr");
    String participant = registered.get("id").asString();
    String link = registered.get("accessLink").asString();

    // use: the link's token opens the participant's data in two services
    String token = awaitExchange(token(link));
    assertThat(get(platform.url("registration-service") + "/participants/" + participant, token))
        .isEqualTo(200);
    String notifications =
        platform.url("notification-service") + "/notifications?participant=" + participant;
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> body(notifications, token).path("totalItems").asInt() == 1);
    assertThat(body(notifications, token).get("items").get(0).get("body").asString())
        .contains(link);
    // and nobody else's
    assertThat(
            get(platform.url("registration-service") + "/participants/" + UUID.randomUUID(), token))
        .isEqualTo(404);

    // revoke: the participant revokes their own link; it then opens nothing
    assertThat(
            send(
                HttpRequest.newBuilder(
                        URI.create(
                            platform.url("registration-service")
                                + "/participants/"
                                + participant
                                + "/access-link"))
                    .header("Authorization", "Bearer " + token)
                    .DELETE()
                    .build()))
        .isEqualTo(204);
    await().atMost(Duration.ofSeconds(20)).until(() -> exchange(token(link)).statusCode() == 400);
  }

  @Test
  void aStrangersRequestLeavesTheOwnersLinkWorkingUntilTheOwnerOpensTheFreshOne() {
    // given a participant whose link opens their data
    JsonNode registered = register("imrf-2026", "Amina Yusuf", "en");
    String participant = registered.get("id").asString();
    String email = registered.get("email").asString();
    String first = token(registered.get("accessLink").asString());
    String session = awaitExchange(first);

    // when someone else asks for a fresh link for their address
    HttpResponse<String> asked =
        postJson(
            platform.url("registration-service") + "/access-links",
            "{\"edition\": \"imrf-2026\", \"email\": \"%s\"}".formatted(email));
    assertThat(asked.statusCode()).isEqualTo(202);

    // then the fresh link goes to the participant's address, and nothing of theirs was revoked:
    // their link still opens
    String fresh = token(awaitFreshLinkMessage(participant, session));
    try (TopicProbe topic = TopicProbe.of("registration.participants")) {
      assertThat(
              topic.await(eventsOf(participant, "access-link-issued"), 2, Duration.ofSeconds(20)))
          .hasSize(2);
      assertThat(topic.await(eventsOf(participant, "access-link-revoked"), 0, Duration.ZERO))
          .isEmpty();
    }
    assertThat(exchange(first).statusCode()).isEqualTo(200);

    // when the participant opens the fresh link
    awaitExchange(fresh);

    // then the first one stops working within moments, revoked as superseded
    await().atMost(Duration.ofSeconds(20)).until(() -> exchange(first).statusCode() == 400);
    try (TopicProbe topic = TopicProbe.of("registration.participants")) {
      ConsumerRecord<String, byte[]> revoked =
          topic
              .await(eventsOf(participant, "access-link-revoked"), 1, Duration.ofSeconds(20))
              .get(0);
      JsonNode event = JSON.readTree(revoked.value());
      assertThat(event.get("tokenHash").asString()).isEqualTo(sha256(first));
      assertThat(event.get("revokedBy").asString()).isEqualTo("superseded");
    }
    // and the fresh one keeps working
    assertThat(exchange(fresh).statusCode()).isEqualTo(200);
  }

  @Test
  void aLinkForAnEditionThatEndedLongAgoOpensForThirtyDaysFromIssue() {
    // the 2022 forum ended on 20 May 2022; an organiser enters a participant after the fact
    Instant before = Instant.now();
    JsonNode registered = registerAsOrganiser("imrf-2022", "Sergei Ivanov", "ru");

    // the link works for 30 days from now, so that they can see, change and erase their data
    assertThat(Instant.parse(registered.get("accessLinkExpiresAt").asString()))
        .isAfterOrEqualTo(before.plus(Duration.ofDays(30)));
    String token = awaitExchange(token(registered.get("accessLink").asString()));
    assertThat(
            get(
                platform.url("registration-service")
                    + "/participants/"
                    + registered.get("id").asString(),
                token))
        .isEqualTo(200);
  }

  /** The body of the message with a fresh link, as the participant reads it. */
  private static String awaitFreshLinkMessage(String participant, String token) {
    String notifications =
        platform.url("notification-service") + "/notifications?participant=" + participant;
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> freshLinkMessage(body(notifications, token)) != null);
    String message = freshLinkMessage(body(notifications, token));
    Matcher link = Pattern.compile("https?://\\S+/access/[A-Za-z0-9_-]{43}").matcher(message);
    assertThat(link.find()).as(message).isTrue();
    return link.group();
  }

  private static String freshLinkMessage(JsonNode notifications) {
    for (JsonNode item : notifications.path("items")) {
      if ("access-link".equals(item.path("kind").asString())) {
        return item.get("body").asString();
      }
    }
    return null;
  }

  private static Predicate<ConsumerRecord<String, byte[]>> eventsOf(
      String participant, String kind) {
    return keyed(participant).and(record -> header(record, "ce_type").contains(kind));
  }

  private static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> postJson(String url, String json) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode register(String edition, String name, String language) {
    Http.Response response =
        Http.post(
            platform.url("registration-service") + "/participants",
            """
            {"edition": "%s", "name": "%s", "email": "%s@example.org", "preferredLanguage": "%s",
             "organisation": "Permanent Mission of Portugal", "country": "PT", "category": "member-state", "attendance": "online"}
            """
                .formatted(edition, name, UUID.randomUUID(), language));
    assertThat(response.status()).isEqualTo(201);
    return response.body();
  }

  private static JsonNode registerAsOrganiser(String edition, String name, String language) {
    String organiser =
        JSON.readTree(
                post(
                        identity + "/oauth2/token",
                        "organiser-script",
                        "grant_type=client_credentials")
                    .body())
            .get("access_token")
            .asString();
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(platform.url("registration-service") + "/participants"))
                  .header("Authorization", "Bearer " + organiser)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          """
                          {"edition": "%s", "name": "%s", "email": "%s@example.org", "preferredLanguage": "%s",
             "organisation": "Permanent Mission of Portugal", "country": "PT", "category": "member-state", "attendance": "online"}
                          """
                              .formatted(edition, name, UUID.randomUUID(), language)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(201);
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String token(String link) {
    return link.substring(link.lastIndexOf('/') + 1);
  }

  private static String awaitExchange(String linkToken) {
    await().atMost(Duration.ofSeconds(20)).until(() -> exchange(linkToken).statusCode() == 200);
    return JSON.readTree(exchange(linkToken).body()).get("access_token").asString();
  }

  private static HttpResponse<String> exchange(String linkToken) {
    return post(
        identity + "/oauth2/token",
        "links",
        "grant_type="
            + URLEncoder.encode(
                "urn:imrf:params:oauth:grant-type:access-link", StandardCharsets.UTF_8)
            + "&access_link="
            + linkToken);
  }

  private static HttpResponse<String> post(String url, String client, String form) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(url))
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString(
                              (client + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static int get(String url, String token) {
    return Http.get(url, token).status();
  }

  private static JsonNode body(String url, String token) {
    return Http.get(url, token).body();
  }

  private static int send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
