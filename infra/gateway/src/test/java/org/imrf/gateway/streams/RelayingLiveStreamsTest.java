package org.imrf.gateway.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Live streams through a gateway with ten request threads: many more streams than threads, each
 * getting its events, while ordinary requests are answered as if no stream were open.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.tomcat.threads.max=10",
      "server.tomcat.threads.min-spare=10",
      "imrf.gateway.streams.per-address=10",
      "imrf.gateway.streams.keep-alive=200ms",
      "imrf.gateway.streams.stall-timeout=3s",
      // "gateway-test-key-of-32-bytes-xyz": the services then learn each browser's address
      "imrf.gateway.key=Z2F0ZXdheS10ZXN0LWtleS1vZi0zMi1ieXRlcy14eXo="
    })
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class RelayingLiveStreamsTest {

  private static final String COUNTS = "/editions/imrf-2026/check-ins/counts/stream";
  private static final ServiceWithStreams registration = start();

  @LocalServerPort int port;
  @Autowired MeterRegistry meters;
  @Autowired OpenEventStreams streams;
  private final List<Browser> browsers = new ArrayList<>();

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry properties) {
    properties.add("imrf.gateway.services.registration", registration::url);
    properties.add("imrf.gateway.identity-url", registration::url);
    properties.add("imrf.gateway.services.gone", RelayingLiveStreamsTest::addressNobodyListensOn);
  }

  @Test
  void fortyStreamsThroughTenRequestThreadsLeaveTheGatewayFreeForEveryoneElse() throws Exception {
    // given forty browsers asking for the counts through the gateway, four times its request
    // threads
    for (int i = 0; i < 40; i++) {
      browsers.add(
          Browser.request(
              port,
              "127.0.0." + (2 + i / 10),
              "/api/registration" + COUNTS + "?desk=" + i,
              "Last-Event-ID: 41",
              "Authorization: Bearer desk-token-" + i));
    }

    // when someone else makes an ordinary request through the gateway
    HttpResponse<String> ordinary = ordinaryRequest();

    // then it is answered at once
    assertThat(ordinary.statusCode()).isEqualTo(200);
    assertThat(ordinary.body()).isEqualTo("{\"ordinary\":true}");

    // and every browser has its stream open, at the service too
    for (Browser browser : browsers) {
      browser.awaitAnswer();
      assertThat(browser.status()).isEqualTo(200);
      assertThat(browser.header("content-type")).startsWith("text/event-stream");
      assertThat(browser.next()).isEqualTo(new Browser.Event("opened", COUNTS));
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> registration.open(COUNTS) == 40);
    assertThat(openStreams()).isEqualTo(40);
    assertThat(ordinaryRequest().statusCode()).as("with all forty open").isEqualTo(200);

    // and every stream gets the next counts as soon as the service sends them
    registration.broadcast(COUNTS, "counts", "{\"checkedIn\":1}");
    for (Browser browser : browsers) {
      assertThat(browser.next()).isEqualTo(new Browser.Event("counts", "{\"checkedIn\":1}"));
    }

    // and the service got each browser's query, Last-Event-ID, token and address (signed by the
    // gateway, as on every route), and no cookie
    List<ServiceWithStreams.Stream> opened = registration.streams(COUNTS);
    assertThat(opened).hasSize(40);
    for (ServiceWithStreams.Stream stream : opened) {
      String desk = stream.query().substring("desk=".length());
      assertThat(stream.header("authorization")).isEqualTo("Bearer desk-token-" + desk);
      assertThat(stream.header("last-event-id")).isEqualTo("41");
      assertThat(stream.header("cookie")).isNull();
      assertThat(stream.header("x-forwarded-for"))
          .isEqualTo("127.0.0." + (2 + Integer.parseInt(desk) / 10));
      assertThat(stream.header("imrf-forwarded-signature")).startsWith("t=");
    }

    // when the browsers go away
    for (Browser browser : browsers) {
      browser.close();
    }

    // then the gateway closes every one of its connections to the service
    await().atMost(Duration.ofSeconds(10)).until(() -> registration.open(COUNTS) == 0);
    await().atMost(Duration.ofSeconds(5)).until(() -> openStreams() == 0);
  }

  @Test
  void whenTheServiceEndsAStreamTheBrowserSeesItEnd() throws Exception {
    String path = "/editions/imrf-2027/check-ins/counts/stream";
    Browser browser = open("127.0.0.1", "/api/registration" + path);
    assertThat(browser.next().name()).isEqualTo("opened");
    await().atMost(Duration.ofSeconds(10)).until(() -> registration.open(path) == 1);

    registration.streams(path).get(0).end();

    assertThat(browser.endsWithinTenSeconds()).isTrue();
    await().atMost(Duration.ofSeconds(5)).until(() -> openStreams() == 0);
  }

  @Test
  void aBrowserThatStopsReadingHoldsTheServiceBackAndIsCutOff() throws Exception {
    // given a browser that opened a fast stream and then never reads it
    Browser stuck = Browser.openWithoutReading(port, "/api/registration/flood/stream", 4096);
    browsers.add(stuck);
    assertThat(stuck.status()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> registration.streams("/flood/stream").size() == 1);
    ServiceWithStreams.Stream flood = registration.streams("/flood/stream").get(0);

    // then the service's writes are held back instead of piling up in the gateway
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .until(new NoProgressFor(Duration.ofMillis(500), flood::written));
    assertThat(flood.closed()).isFalse();

    // and after the stall timeout the gateway ends the stream, and its connection to the service
    await().atMost(Duration.ofSeconds(15)).until(flood::closed);
    await().atMost(Duration.ofSeconds(5)).until(() -> openStreams() == 0);
  }

  @Test
  void endingAnAccountsStreamsClosesThemOnBothSidesAndLeavesOthersOpen() throws Exception {
    // given a participant signed in with their access link, following a stream, and someone else
    String participant = UUID.randomUUID().toString();
    String path = "/editions/imrf-2029/check-ins/counts/stream";
    Browser theirs =
        open("127.0.0.1", "/api/registration" + path, "Cookie: " + signIn(participant));
    Browser someoneElses = open("127.0.0.1", "/api/registration" + path);
    assertThat(theirs.next().name()).isEqualTo("opened");
    assertThat(someoneElses.next().name()).isEqualTo("opened");

    // when the participant's streams are ended (their session ended, say)
    streams.endStreamsOf("participant:" + participant);

    // then their browser sees its stream end, and the service its connection closed
    assertThat(theirs.endsWithinTenSeconds()).isTrue();
    await().atMost(Duration.ofSeconds(10)).until(() -> registration.open(path) == 1);
    // while the other stream goes on
    registration.broadcast(path, "counts", "{\"checkedIn\":2}");
    assertThat(someoneElses.next()).isEqualTo(new Browser.Event("counts", "{\"checkedIn\":2}"));
  }

  @Test
  void aClientThatDoesNotAskForAStreamStillHasItRelayedWithoutAThread() throws Exception {
    String path = "/editions/imrf-2028/check-ins/counts/stream";
    Browser curl = open("127.0.0.1", "/api/registration" + path, "Accept: */*");

    assertThat(curl.next().name()).isEqualTo("opened");
    assertThat(openStreams()).isEqualTo(1);
  }

  @Test
  void aServiceThatCannotBeReachedIsAProblemOfTheGateway() throws Exception {
    Browser browser = open("127.0.0.1", "/api/gone/things/stream");

    assertThat(browser.status()).isEqualTo(502);
    assertThat(browser.header("content-type")).startsWith("application/problem+json");
    assertThat(browser.body()).contains("\"status\":502");
    await().atMost(Duration.ofSeconds(5)).until(() -> openStreams() == 0);
  }

  @AfterEach
  void closeBrowsers() throws IOException {
    for (Browser browser : browsers) {
      browser.close();
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> openStreams() == 0);
  }

  @AfterAll
  static void stopService() throws IOException {
    registration.close();
  }

  private Browser open(String address, String path, String... headers) throws IOException {
    Browser browser = Browser.open(port, address, path, headers);
    browsers.add(browser);
    return browser;
  }

  /** An ordinary request through the gateway, given five seconds. */
  private HttpResponse<String> ordinaryRequest() throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(gateway("/api/registration/editions"))
                .timeout(Duration.ofSeconds(5))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** Opens the participant's access link at the gateway: the session cookie it sets. */
  private String signIn(String participant) throws Exception {
    HttpResponse<Void> opened =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(gateway("/access/" + participant))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    assertThat(opened.statusCode()).isEqualTo(303);
    return opened.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
  }

  private double openStreams() {
    return meters.get("imrf.gateway.streams.open").gauge().value();
  }

  private URI gateway(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static ServiceWithStreams start() {
    try {
      return new ServiceWithStreams();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String addressNobodyListensOn() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
