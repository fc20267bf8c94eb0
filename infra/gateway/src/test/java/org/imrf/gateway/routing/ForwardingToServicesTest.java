package org.imrf.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.imrf.edge.forwarding.ForwardedRequest;
import org.imrf.edge.forwarding.GatewaySignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway in front of a service that records what reaches it: the client's address and the
 * public address, signed, and nothing the client wrote about either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardingToServicesTest {

  static final String KEY =
      Base64.getEncoder()
          .encodeToString("gateway-test-key-of-32-bytes-xyz".getBytes(StandardCharsets.US_ASCII));
  static final AtomicReference<Headers> received = new AtomicReference<>();
  static final HttpServer service = recordingService();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void gateway(DynamicPropertyRegistry properties) {
    properties.add(
        "imrf.gateway.services.registration",
        () -> "http://127.0.0.1:" + service.getAddress().getPort());
    properties.add("imrf.gateway.public-url", () -> "https://forum.example/imrf/");
    properties.add("imrf.gateway.key", () -> KEY);
  }

  @AfterAll
  static void stop() {
    service.stop(0);
  }

  @Test
  void theServiceLearnsTheClientsAddressAndThePublicAddressFromTheGatewayOnly() throws Exception {
    // a client that claims another address, another host and a signature of its own
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/registration/editions"))
                    .header("X-Forwarded-For", "203.0.113.9")
                    .header("X-Forwarded-Host", "evil.example")
                    .header("X-Forwarded-Proto", "http")
                    .header("X-Forwarded-Prefix", "/phish")
                    .header("Forwarded", "for=203.0.113.9;host=evil.example")
                    .header("X-Real-IP", "203.0.113.9")
                    .header(GatewaySignature.HEADER, "t=1;mac=AAAA")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(200);
    Headers headers = received.get();
    assertThat(headers.get("X-Forwarded-For")).containsExactly("127.0.0.1");
    assertThat(headers.get("X-Forwarded-Proto")).containsExactly("https");
    assertThat(headers.get("X-Forwarded-Host")).containsExactly("forum.example");
    assertThat(headers.get("X-Forwarded-Port")).containsExactly("443");
    assertThat(headers.get("X-Forwarded-Prefix")).containsExactly("/imrf/api/registration");
    assertThat(headers.containsKey("Forwarded")).isFalse();
    assertThat(headers.containsKey("X-Real-IP")).isFalse();
    List<String> signature = headers.get(GatewaySignature.HEADER);
    assertThat(signature).hasSize(1);
    assertThat(
            new GatewaySignature(KEY, Duration.ofSeconds(30), Clock.systemUTC())
                .verifies(
                    new ForwardedRequest(
                        "127.0.0.1", "https", "forum.example", 443, "/imrf/api/registration"),
                    signature.get(0)))
        .isTrue();
  }

  private static HttpServer recordingService() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/",
          exchange -> {
            received.set(exchange.getRequestHeaders());
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
      return server;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
