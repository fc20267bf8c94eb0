package org.imrf.edge.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.imrf.edge.testing.RawHttp;
import org.imrf.edge.testing.SlowClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clients that send a request as slowly as they can hold the server no longer than the request
 * timeout, and one client holds no more than its share of the threads: everyone else is answered at
 * once. A small thread pool makes the difference visible.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.tomcat.threads.max=6",
      "server.tomcat.threads.min-spare=6",
      "imrf.limits.request-timeout=2s",
      "imrf.limits.read-timeout=1s",
      "imrf.limits.requests-per-client=3",
      "imrf.limits.connections-per-client=5"
    })
class SlowRequestsTest {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
  // the 408 leaves once the request timeout has passed and the next byte (or the read timeout) came
  private static final Duration ANSWERED_WITHIN = REQUEST_TIMEOUT.plus(READ_TIMEOUT).plusSeconds(2);

  @LocalServerPort int port;

  @Test
  void slowBodiesOfOneClientHoldItsShareOfThreadsForTheRequestTimeoutOnly() throws IOException {
    long started = System.nanoTime();
    // given a client sending ten request bodies a byte at a time, more than the server has threads
    try (SlowClient slow =
        SlowClient.start("127.0.0.2", port, 10, "POST", "/notes", 1_000, Duration.ofMillis(300))) {

      // when another client asks meanwhile, it is answered at once
      try (RawHttp other = RawHttp.connect("127.0.0.3", port)) {
        other.send(RawHttp.head("GET", "/hello"));
        assertThat(other.response(Duration.ofSeconds(2)).status()).isEqualTo(200);
        other.request("POST", "/notes", "application/json", "{\"text\":\"hello\"}".getBytes());
        assertThat(other.response(Duration.ofSeconds(2)).status()).isEqualTo(200);
      }

      // then the slow client's requests beyond its share were refused at once, the others timed out
      List<Integer> statuses = new ArrayList<>();
      for (RawHttp connection : slow.connections()) {
        RawHttp.Response response = connection.response(ANSWERED_WITHIN);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        statuses.add(response.status());
        if (response.status() == 429) {
          assertThat(response.header("Retry-After")).isEqualTo("1");
        }
        // and none of them keeps its connection, however much of the body is still to come
        assertThat(connection.closedByServer(Duration.ofSeconds(2))).isTrue();
      }
      assertThat(statuses).containsOnly(408, 429);
      assertThat(statuses).filteredOn(status -> status == 408).hasSize(3);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ANSWERED_WITHIN);
    }
  }

  @Test
  void aClientThatStopsSendingIsAnsweredWhenTheReadTimeoutPasses() throws IOException {
    try (RawHttp stalled = RawHttp.connect("127.0.0.4", port)) {
      long started = System.nanoTime();
      stalled.send(
          RawHttp.head("POST", "/notes", "Content-Type: application/json", "Content-Length: 100"));
      stalled.send("{\"text\":");

      RawHttp.Response response = stalled.response(ANSWERED_WITHIN);

      assertThat(response.status()).isEqualTo(408);
      assertThat(response.body()).contains("\"title\":\"Request timeout\"");
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isGreaterThanOrEqualTo(READ_TIMEOUT)
          .isLessThan(ANSWERED_WITHIN);
      assertThat(stalled.closedByServer(Duration.ofSeconds(2))).isTrue();
    }
  }

  @Test
  void headersThatNeverEndAreCutOffWhenTheRequestTimeoutPasses() throws IOException {
    // given a client sending a header byte every 300 ms, well within the read timeout
    try (SlowClient slow = SlowClient.startHeaders("127.0.0.5", port, 1, Duration.ofMillis(300))) {
      long started = System.nanoTime();

      // then its connection is closed once the request timeout (and a check, each second) passed
      RawHttp connection = slow.connections().get(0);
      assertThat(connection.closedByServer(ANSWERED_WITHIN.plusSeconds(1))).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isGreaterThanOrEqualTo(REQUEST_TIMEOUT);
    }
  }

  @Test
  void oneClientHoldsNoMoreConnectionsThanItMayAndOthersStillConnect() throws IOException {
    // given a client holding as many connections as it may, each sending headers slowly
    try (SlowClient slow = SlowClient.startHeaders("127.0.0.6", port, 5, Duration.ofMillis(300))) {

      // when it opens one more, that one is answered 429 and closed at once
      try (RawHttp oneMore = RawHttp.connect("127.0.0.6", port)) {
        RawHttp.Response response = oneMore.response(Duration.ofSeconds(2));
        assertThat(response.status()).isEqualTo(429);
        assertThat(response.body()).contains("\"title\":\"Too many connections\"");
        assertThat(oneMore.closedByServer(Duration.ofSeconds(2))).isTrue();
      }

      // and another client connects and is answered as usual
      try (RawHttp other = RawHttp.connect("127.0.0.7", port)) {
        other.send(RawHttp.head("GET", "/hello"));
        assertThat(other.response(Duration.ofSeconds(2)).status()).isEqualTo(200);
      }
    }
  }
}
