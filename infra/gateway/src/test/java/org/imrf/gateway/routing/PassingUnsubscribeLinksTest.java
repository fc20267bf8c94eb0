package org.imrf.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An email's unsubscribe link reaches notification-service through the gateway as it is, without
 * signing in, from any browser: the one-click POST needs no CSRF token even where a session cookie
 * is sent, because neither the cookie nor any other credential goes along.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PassingUnsubscribeLinksTest {

  record Received(String method, String path, String cookie, String authorization, String body) {}

  static final AtomicReference<Received> received = new AtomicReference<>();
  static final HttpServer notificationService = recordingService();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void gateway(DynamicPropertyRegistry properties) {
    properties.add(
        "imrf.gateway.services.notification",
        () -> "http://127.0.0.1:" + notificationService.getAddress().getPort());
    properties.add(
        "imrf.gateway.key",
        () ->
            Base64.getEncoder()
                .encodeToString(
                    "gateway-test-key-of-32-bytes-xyz".getBytes(StandardCharsets.US_ASCII)));
  }

  @AfterAll
  static void stop() {
    notificationService.stop(0);
  }

  @Test
  void aOneClickPostFromASignedInBrowserReachesTheServiceWithoutItsCredentials() throws Exception {
    // when a browser that holds a session posts the one-click body to a link, with no CSRF token
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/unsubscribe/sealed-Token_1"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "IMRF_SESSION=abc")
                    .header("Authorization", "Bearer someone-elses")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    // then notification-service answers it, having received the link and body as they were and
    // neither the cookie nor the bearer token
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(received.get())
        .isEqualTo(
            new Received(
                "POST", "/unsubscribe/sealed-Token_1", null, null, "List-Unsubscribe=One-Click"));
  }

  @Test
  void openingALinkShowsTheServicesPage() throws Exception {
    // when someone who is not signed in opens a link
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/unsubscribe/sealed-Token_2"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    // then they get notification-service's page for it
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("<p>page</p>");
    assertThat(received.get().path()).isEqualTo("/unsubscribe/sealed-Token_2");
  }

  private static HttpServer recordingService() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/",
          exchange -> {
            received.set(
                new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Cookie"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] body = "<p>page</p>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
