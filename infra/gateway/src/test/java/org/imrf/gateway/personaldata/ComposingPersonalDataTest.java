package org.imrf.gateway.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway composes a participant's export from every service's part, as the caller: three
 * services that each answer only the participant's own token, the way the backbone's {@code
 * /personal-data/{participantId}} does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComposingPersonalDataTest {

  static final UUID PARTICIPANT = UUID.randomUUID();
  static final UUID FAILING = UUID.randomUUID();
  static final String TOKEN = "token-of-" + PARTICIPANT;
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Map<String, String> tokensReceived = new ConcurrentHashMap<>();

  static final HttpServer registration =
      service(
          "registration",
          id ->
              """
              {"service": "registration-service",
               "parts": {"registration": {"registration": {"id": "%s", "name": "Mariam"}}}}
              """
                  .formatted(id));
  static final HttpServer notification =
      service(
          "notification",
          id ->
              """
              {"service": "notification-service",
               "parts": {"notifications": [{"subject": "Registration received"}]}}
              """);
  static final HttpServer identity =
      service(
          "identity",
          id ->
              """
              {"service": "identity-service",
               "parts": {"accessLinks": [{"edition": "imrf-2026"}]}}
              """);

  @LocalServerPort int port;

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry properties) {
    properties.add("imrf.gateway.services.registration", () -> url(registration));
    properties.add("imrf.gateway.services.notification", () -> url(notification));
    properties.add("imrf.gateway.services.identity", () -> url(identity));
  }

  @AfterAll
  static void stop() {
    registration.stop(0);
    notification.stop(0);
    identity.stop(0);
  }

  @Test
  void theDownloadHoldsEveryServicesPartAskedForAsTheCaller() {
    HttpResponse<String> answer = get(PARTICIPANT, TOKEN);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"imrf-personal-data-" + PARTICIPANT + ".json\"");
    JsonNode export = JSON.readTree(answer.body());
    assertThat(export.get("participantId").asString()).isEqualTo(PARTICIPANT.toString());
    assertThat(export.at("/parts/registration/registration/id").asString())
        .isEqualTo(PARTICIPANT.toString());
    assertThat(export.at("/parts/notifications/0/subject").asString())
        .isEqualTo("Registration received");
    assertThat(export.at("/parts/accessLinks/0/edition").asString()).isEqualTo("imrf-2026");
    assertThat(tokensReceived)
        .containsEntry("registration", "Bearer " + TOKEN)
        .containsEntry("notification", "Bearer " + TOKEN)
        .containsEntry("identity", "Bearer " + TOKEN);
  }

  @Test
  void anotherParticipantsExportIsAnsweredAsTheServicesAnswerIt() {
    HttpResponse<String> answer = get(UUID.randomUUID(), TOKEN);

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(JSON.readTree(answer.body()).get("title").asString())
        .isEqualTo("Participant not found");
  }

  @Test
  void anExportThatWouldBeIncompleteIsRefused() {
    HttpResponse<String> answer = get(FAILING, "token-of-" + FAILING);

    assertThat(answer.statusCode()).isEqualTo(503);
    assertThat(answer.body()).contains("notification does not answer");
  }

  private HttpResponse<String> get(UUID participant, String token) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + port + "/api/personal-data/" + participant))
                  .header("Authorization", "Bearer " + token)
                  .timeout(Duration.ofSeconds(20))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A service's {@code /personal-data/{id}}: the part for the participant whose token it is, 404
   * for anyone else's; notification-service fails for {@link #FAILING}.
   */
  private static HttpServer service(String name, Function<String, String> part) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/personal-data/",
          exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/personal-data/".length());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            tokensReceived.put(name, String.valueOf(authorization));
            if (name.equals("notification") && id.equals(FAILING.toString())) {
              answer(exchange, 500, "application/problem+json", "{\"status\": 500}");
            } else if (("Bearer token-of-" + id).equals(authorization)) {
              answer(exchange, 200, "application/json", part.apply(id));
            } else {
              answer(
                  exchange,
                  404,
                  "application/problem+json",
                  "{\"title\": \"Participant not found\", \"status\": 404}");
            }
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void answer(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static String url(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }
}
