package org.imrf.registration.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.imrf.edge.testing.RawHttp;
import org.imrf.edge.testing.SlowClient;
import org.imrf.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * What froze registration-service in the 2022 replay, against its real sockets: request bodies sent
 * a byte at a time on more connections than it has threads, and a 25 MB body. A small thread pool
 * and short timeouts keep the test short; the defaults are the same mechanism at larger sizes.
 */
@ServiceTest
@TestPropertySource(
    properties = {
      "server.tomcat.threads.max=8",
      "server.tomcat.threads.min-spare=8",
      "imrf.limits.request-timeout=3s",
      "imrf.limits.read-timeout=2s",
      "imrf.limits.requests-per-client=4"
    })
class SlowAndLargeRequestsTest {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration ANSWERED_WITHIN = REQUEST_TIMEOUT.plus(READ_TIMEOUT).plusSeconds(3);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  @Test
  void registrationBodiesSentAByteAtATimeDoNotFreezeTheService() throws IOException {
    long started = System.nanoTime();
    // given one client sending 30 registrations a byte every half second (the service has 8
    // threads)
    try (SlowClient slow =
        SlowClient.start(
            "127.0.0.2", port, 30, "POST", "/participants", 2_000, Duration.ofMillis(500))) {

      // when someone else registers meanwhile, they are answered at once
      try (RawHttp other = RawHttp.connect("127.0.0.3", port)) {
        other.request(
            "POST",
            "/participants",
            "application/json",
            JSON.writeValueAsBytes(BadRequests.valid()));
        assertThat(other.response(Duration.ofSeconds(5)).status()).isEqualTo(201);
        other.send(RawHttp.head("GET", "/editions"));
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
  }

  @Test
  void a25MegabyteRegistrationIsRefusedBeforeItIsRead() throws IOException {
    try (RawHttp client = RawHttp.connect("127.0.0.4", port)) {
      long started = System.nanoTime();
      client.send(
          RawHttp.head(
              "POST",
              "/participants",
              "Content-Type: application/json",
              "Content-Length: " + 25 * 1024 * 1024));
      client.send("{\"name\":\"");

      RawHttp.Response response = client.response(Duration.ofSeconds(5));

      assertThat(response.status()).isEqualTo(413);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.body()).contains("\"maxBytes\":65536");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
      assertThat(client.closedByServer(Duration.ofSeconds(3))).isTrue();
    }
  }

  @Test
  void a25MegabyteRegistrationInChunksIsCutOffAtTheLimit() throws IOException {
    try (RawHttp client = RawHttp.connect("127.0.0.5", port)) {
      client.send(
          RawHttp.head(
              "POST",
              "/participants",
              "Content-Type: application/json",
              "Transfer-Encoding: chunked"));
      byte[] chunk = ("10000\r\n" + "a".repeat(0x10000) + "\r\n").getBytes();
      int sent = 0;
      // the server stops reading after 64 KB and closes: the client cannot send the 25 MB
      while (sent < 400 && client.trySend(chunk)) {
        sent++;
      }

      RawHttp.Response response = client.response(Duration.ofSeconds(5));

      assertThat(response.status()).isEqualTo(413);
      assertThat(sent).isLessThan(400);
    }
  }
}
