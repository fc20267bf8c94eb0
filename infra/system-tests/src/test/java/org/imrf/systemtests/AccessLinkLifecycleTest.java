package org.imrf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.imrf.devservices.process.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A personal access link from issue to end, across processes: registration-service issues it,
 * identity-service exchanges it, registration- and notification-service both accept the token for
 * that participant only; revoked, or past its edition, it opens nothing.
 */
class AccessLinkLifecycleTest {

  private static final String CLIENT_SECRET = "links-" + UUID.randomUUID();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static RunningServices platform;
  static String identity;

  @BeforeAll
  static void start() {
    int identityPort = Ports.free();
    identity = "http://127.0.0.1:" + identityPort;
    String clients =
        """
        {"imrf": {"identity": {"clients": [
          {"client-id": "links", "secret-hash": "{bcrypt}%s",
           "grant-types": ["urn:imrf:params:oauth:grant-type:access-link"]},
          {"client-id": "organiser-script", "secret-hash": "{bcrypt}%s",
           "grant-types": ["client_credentials"], "roles": ["organiser"]}]}}}
        """
            .formatted(
                new BCryptPasswordEncoder().encode(CLIENT_SECRET),
                new BCryptPasswordEncoder().encode(CLIENT_SECRET));
    Map<String, String> trustIdentity = Map.of("OIDC_ISSUER", identity, "OIDC_JWT_PUBLIC_KEY", "");
    platform =
        RunningServices.start(
            Map.of(
                "identity-service",
                Map.of(
                    "PORT",
                    Integer.toString(identityPort),
                    "OIDC_ISSUER",
                    identity,
                    "OIDC_JWT_PUBLIC_KEY",
                    "",
                    "SPRING_APPLICATION_JSON",
                    clients),
                "registration-service",
                trustIdentity,
                "notification-service",
                trustIdentity),
            "identity-service",
            "registration-service",
            "notification-service");
  }

  @AfterAll
  static void stop() {
    platform.close();
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
  void aLinkForAnEditionThatHasEndedOpensNothing() {
    // the 2022 forum ended on 20 May 2022: its links expired the next day (its registration
    // closed before: an organiser adds the participant)
    JsonNode registered = registerAsOrganiser("imrf-2022", "Sergei Ivanov", "ru");
    String current = register("imrf-2026", "Sergei Ivanov", "ru").get("accessLink").asString();
    awaitExchange(token(current)); // identity-service has seen the events up to here

    HttpResponse<String> answer = exchange(token(registered.get("accessLink").asString()));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("invalid_grant");
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
