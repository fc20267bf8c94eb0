package org.imrf.gateway.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Caps on open streams: per signed-in caller, per client address for everyone else, and in all;
 * beyond them 429 problem details with Retry-After, while ordinary requests are still served.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "imrf.gateway.streams.per-caller=2",
      "imrf.gateway.streams.per-address=3",
      "imrf.gateway.streams.total=8",
      "imrf.gateway.streams.keep-alive=200ms"
    })
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class CappingLiveStreamsTest {

  private static final String COUNTS = "/editions/imrf-2026/check-ins/counts/stream";
  private static final Pattern SESSION = Pattern.compile("IMRF_SESSION=([^;]+)");
  private static final ServiceWithStreams service = start();

  @LocalServerPort int port;
  @Autowired MeterRegistry meters;
  private final List<Browser> browsers = new ArrayList<>();

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry properties) {
    properties.add("imrf.gateway.services.registration", service::url);
    properties.add("imrf.gateway.identity-url", service::url);
  }

  @Test
  void anAddressWithoutASignedInCallerHasItsShareAndNoMore() throws Exception {
    // given an address holding as many streams as one address may
    for (int i = 0; i < 3; i++) {
      assertThat(open("127.0.1.1").status()).isEqualTo(200);
    }

    // when it opens one more
    Browser refused = open("127.0.1.1");

    // then it is told to come back later
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("retry-after")).isEqualTo("10");
    assertThat(refused.header("content-type")).startsWith("application/problem+json");
    assertThat(refused.body())
        .contains("\"status\":429")
        .contains("as many live streams open as one caller may");

    // while another address is served
    assertThat(open("127.0.1.2").status()).isEqualTo(200);

    // and once one of its streams is closed, the address may open another
    browsers.get(0).close();
    await().atMost(Duration.ofSeconds(10)).until(() -> openStreams() == 3);
    assertThat(open("127.0.1.1").status()).isEqualTo(200);
  }

  @Test
  void signedInParticipantsEachHaveTheirOwnShareWhateverAddressTheyShare() throws Exception {
    // given two participants signed in with their access links, from the same address
    String aiko = UUID.randomUUID().toString();
    String kofi = UUID.randomUUID().toString();
    String aikosSession = signIn(aiko);
    String kofisSession = signIn(kofi);

    // when each opens as many streams as one caller may
    for (int i = 0; i < 2; i++) {
      assertThat(open("127.0.1.3", "Cookie: IMRF_SESSION=" + aikosSession).status()).isEqualTo(200);
      assertThat(open("127.0.1.3", "Cookie: IMRF_SESSION=" + kofisSession).status()).isEqualTo(200);
    }

    // then one more is refused to each
    assertThat(open("127.0.1.3", "Cookie: IMRF_SESSION=" + aikosSession).status()).isEqualTo(429);
    assertThat(open("127.0.1.3", "Cookie: IMRF_SESSION=" + kofisSession).status()).isEqualTo(429);

    // and the service got each participant's own token with their streams
    await().atMost(Duration.ofSeconds(10)).until(() -> service.open(COUNTS) == 4);
    assertThat(service.streams(COUNTS).stream().map(stream -> stream.header("authorization")))
        .containsExactlyInAnyOrder(
            "Bearer " + ServiceWithStreams.tokenFor(aiko),
            "Bearer " + ServiceWithStreams.tokenFor(aiko),
            "Bearer " + ServiceWithStreams.tokenFor(kofi),
            "Bearer " + ServiceWithStreams.tokenFor(kofi));
  }

  @Test
  void whenTheGatewayHoldsAsManyStreamsAsItServesTheNextIsRefusedButOrdinaryRequestsAreNot()
      throws Exception {
    // given as many open streams as the gateway serves, from three addresses
    for (int i = 0; i < 8; i++) {
      assertThat(open("127.0.2." + (1 + i / 3)).status()).isEqualTo(200);
    }
    double refusedBefore = refused("all");

    // when a fourth address opens one
    Browser refused = open("127.0.2.9");

    // then it is refused, and counted
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("retry-after")).isEqualTo("10");
    assertThat(refused.body()).contains("As many live streams are open as the platform serves");
    assertThat(refused("all")).isEqualTo(refusedBefore + 1);
    assertThat(openStreams()).isEqualTo(8);

    // while an ordinary request is answered
    HttpResponse<String> ordinary =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(gateway("/api/registration/editions"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(ordinary.statusCode()).isEqualTo(200);
  }

  @AfterEach
  void closeBrowsers() throws IOException {
    for (Browser browser : browsers) {
      browser.close();
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> openStreams() == 0);
    await().atMost(Duration.ofSeconds(10)).until(() -> service.open(COUNTS) == 0);
  }

  @AfterAll
  static void stopService() throws IOException {
    service.close();
  }

  /** Opens the participant's access link at the gateway; the session cookie it sets. */
  private String signIn(String participant) throws Exception {
    HttpResponse<Void> opened =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(gateway("/access/" + participant))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    assertThat(opened.statusCode()).isEqualTo(303);
    Matcher session = SESSION.matcher(opened.headers().firstValue("Set-Cookie").orElseThrow());
    assertThat(session.find()).isTrue();
    return session.group(1);
  }

  private Browser open(String address, String... headers) throws IOException {
    Browser browser = Browser.open(port, address, "/api/registration" + COUNTS, headers);
    browsers.add(browser);
    return browser;
  }

  private double openStreams() {
    return meters.get("imrf.gateway.streams.open").gauge().value();
  }

  private double refused(String scope) {
    return meters.get("imrf.gateway.streams.refused").tag("scope", scope).counter().count();
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
}
