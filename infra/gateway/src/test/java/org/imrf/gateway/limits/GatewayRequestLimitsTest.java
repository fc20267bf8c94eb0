package org.imrf.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.imrf.edge.testing.RawHttp;
import org.imrf.edge.testing.SlowClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway holds requests to the same limits as the services, before it proxies anything: a
 * trickling body holds neither the gateway (beyond the request timeout and the client's share of
 * its threads) nor a service, a body too large or not UTF-8 never reaches one. Against real
 * sockets, with a small thread pool and short timeouts to keep the test short.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.tomcat.threads.max=8",
      "server.tomcat.threads.min-spare=8",
      "imrf.limits.request-timeout=3s",
      "imrf.limits.read-timeout=2s",
      "imrf.limits.requests-per-client=4"
    })
class GatewayRequestLimitsTest {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration ANSWERED_WITHIN = REQUEST_TIMEOUT.plus(READ_TIMEOUT).plusSeconds(3);

  private static final Backend registration = Backend.start();

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry properties) {
    properties.add("imrf.gateway.services.registration", registration::url);
  }

  @AfterAll
  static void stop() {
    registration.close();
  }

  @LocalServerPort int port;

  @Test
  void bodiesSentAByteAtATimeFreezeNeitherTheGatewayNorTheService() throws IOException {
    long started = System.nanoTime();
    // given one client sending 30 registrations a byte every half second (8 threads in the gateway)
    try (SlowClient slow =
        SlowClient.start(
            "127.0.0.2",
            port,
            30,
            "POST",
            "/api/registration/participants",
            2_000,
            Duration.ofMillis(500))) {

      // when someone else goes through the gateway meanwhile, they are answered at once
      try (RawHttp other = RawHttp.connect("127.0.0.3", port)) {
        other.request(
            "POST",
            "/api/registration/participants",
            "application/json",
            "{\"name\":\"Amal Nasser\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(other.response(Duration.ofSeconds(5)).status()).isEqualTo(201);
        other.send(RawHttp.head("GET", "/api/registration/editions"));
        assertThat(other.response(Duration.ofSeconds(5)).status()).isEqualTo(200);
      }

      // then the slow client's requests were refused at once beyond its share, or timed out
      List<Integer> statuses = new ArrayList<>();
      for (RawHttp connection : slow.connections()) {
        RawHttp.Response response = connection.response(ANSWERED_WITHIN);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        statuses.add(response.status());
        assertThat(connection.closedByServer(Duration.ofSeconds(3))).isTrue();
      }
      assertThat(statuses).containsOnly(408, 429);
      assertThat(statuses).filteredOn(status -> status == 408).hasSize(4);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ANSWERED_WITHIN);
    }
    // and none of them reached the service: only the other client's registration did
    assertThat(registration.received("/participants")).hasSize(1);
  }

  @Test
  void a25MegabyteBodyIsRefusedBeforeTheGatewayReadsOrProxiesIt() throws IOException {
    int before = registration.received("/editions").size();
    try (RawHttp client = RawHttp.connect("127.0.0.4", port)) {
      client.send(
          RawHttp.head(
              "POST",
              "/api/registration/editions",
              "Content-Type: application/json",
              "Content-Length: " + 25 * 1024 * 1024));

      RawHttp.Response response = client.response(Duration.ofSeconds(5));

      assertThat(response.status()).isEqualTo(413);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(client.closedByServer(Duration.ofSeconds(3))).isTrue();
    }
    assertThat(registration.received("/editions")).hasSize(before);
  }

  @Test
  void theLargerLimitOfEditionsHoldsAtTheGatewayToo() throws IOException {
    int before = registration.received("/editions").size();
    try (RawHttp client = RawHttp.connect("127.0.0.5", port)) {
      // 300 KB: more than the default, within what editions take
      client.request("POST", "/api/registration/editions", "application/json", jsonOf(300 * 1024));
      assertThat(client.response(Duration.ofSeconds(5)).status()).isEqualTo(201);
      // the same to an endpoint without a larger limit
      client.request(
          "POST", "/api/registration/participants", "application/json", jsonOf(300 * 1024));
      assertThat(client.response(Duration.ofSeconds(5)).status()).isEqualTo(413);
    }
    try (RawHttp client = RawHttp.connect("127.0.0.5", port)) {
      client.request(
          "PUT", "/api/registration/editions/imrf-2030", "application/json", jsonOf(600 * 1024));
      assertThat(client.response(Duration.ofSeconds(5)).status()).isEqualTo(413);
    }
    assertThat(registration.received("/editions")).hasSize(before + 1);
    assertThat(registration.received("/editions").get(before).bodyBytes()).isEqualTo(300 * 1024);
  }

  @Test
  void malformedUtf8NeverReachesAService() throws IOException {
    int before = registration.received("/participants").size();
    // an overlong "/" (C0 AF) in the name
    java.io.ByteArrayOutputStream overlong = new java.io.ByteArrayOutputStream();
    overlong.writeBytes("{\"name\":\"Test ".getBytes(StandardCharsets.UTF_8));
    overlong.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
    overlong.writeBytes(" Person\"}".getBytes(StandardCharsets.UTF_8));
    try (RawHttp client = RawHttp.connect("127.0.0.6", port)) {
      client.request(
          "POST", "/api/registration/participants", "application/json", overlong.toByteArray());
      RawHttp.Response response = client.response(Duration.ofSeconds(5));
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.body()).contains("an overlong encoding (C0 AF) at byte 14");
    }
    try (RawHttp client = RawHttp.connect("127.0.0.6", port)) {
      client.request(
          "POST",
          "/api/registration/participants",
          "application/json",
          "{\"name\":\"Test \\ud800 Person\"}".getBytes(StandardCharsets.UTF_8));
      RawHttp.Response response = client.response(Duration.ofSeconds(5));
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.body()).contains("\"field\":\"name\"");
    }
    assertThat(registration.received("/participants")).hasSize(before);
  }

  private static byte[] jsonOf(int size) {
    String prefix = "{\"title\":\"";
    return (prefix + "a".repeat(size - prefix.length() - 2) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
