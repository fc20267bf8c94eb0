package org.imrf.registration.badge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.imrf.backbone.security.Role;
import org.imrf.registration.badge.BadgeApi;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Open count streams, on a service with four request threads: they hold none of them, and each
 * caller, and everyone together, may hold only so many (the service stays directly reachable,
 * gateway or not).
 */
@ServiceTest
@TestPropertySource(
    properties = {
      "server.tomcat.threads.max=4",
      "server.tomcat.threads.min-spare=4",
      "imrf.check-in.streams-per-caller=3",
      "imrf.check-in.streams-total=9"
    })
class CountsStreamCapsTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Autowired RestTestClient http;
  @Autowired CheckInCountsStream streams;
  @Autowired MeterRegistry meters;
  @LocalServerPort int port;
  private final List<InputStream> open = new ArrayList<>();
  private String edition;

  @BeforeEach
  void anEditionOfItsOwn() {
    edition = new BadgeApi(http).participants().newEdition();
  }

  @Test
  void streamsHoldNoRequestThreadSoOrdinaryRequestsAreAnsweredBesideThem() throws Exception {
    // given eight open streams on a service with four request threads
    for (int i = 0; i < 8; i++) {
      assertThat(stream(desk(i % 3)).statusCode()).isEqualTo(200);
    }

    // when a desk asks for the counts once
    HttpResponse<String> counts =
        CLIENT.send(
            request("/editions/" + edition + "/check-ins/counts", desk(0))
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    // then it is answered at once
    assertThat(counts.statusCode()).isEqualTo(200);
    assertThat(openStreams()).isEqualTo(8);
  }

  @Test
  void aCallerHoldsNoMoreStreamsThanItsShareWhileOthersGetTheirs() throws Exception {
    // given a desk with as many streams open as one caller may hold
    for (int i = 0; i < 3; i++) {
      assertThat(stream(desk(0)).statusCode()).isEqualTo(200);
    }

    // when it opens one more
    HttpResponse<InputStream> refused = stream(desk(0));

    // then it is told to come back later, as problem details
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("10");
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(new String(refused.body().readAllBytes()))
        .contains("as many live streams open as one caller may");

    // while another desk is served
    assertThat(stream(desk(1)).statusCode()).isEqualTo(200);
  }

  @Test
  void theServiceHoldsNoMoreStreamsThanItsTotalAndFreesTheirPlacesWhenTheyClose() throws Exception {
    // given as many open streams as the service holds, from three desks
    for (int i = 0; i < 9; i++) {
      assertThat(stream(desk(i % 3)).statusCode()).isEqualTo(200);
    }

    // when a fourth desk opens one
    HttpResponse<InputStream> refused = stream(desk(3));

    // then it is refused
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(new String(refused.body().readAllBytes()))
        .contains("As many live streams are open as the platform serves");

    // and once a stream is closed (the next push finds it gone), the fourth desk gets one
    open.remove(0).close();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              streams.heartbeat();
              return openStreams() == 8;
            });
    assertThat(stream(desk(3)).statusCode()).isEqualTo(200);
  }

  @AfterEach
  void closeStreams() throws IOException {
    for (InputStream stream : open) {
      stream.close();
    }
    open.clear();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              streams.heartbeat();
              return openStreams() == 0;
            });
  }

  private HttpResponse<InputStream> stream(String token) throws Exception {
    HttpResponse<InputStream> response =
        CLIENT.send(
            request("/editions/" + edition + "/check-ins/counts/stream", token)
                .header("Accept", "text/event-stream")
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() == 200) {
      open.add(response.body());
    }
    return response;
  }

  private HttpRequest.Builder request(String path, String token) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(5));
  }

  private static String desk(int number) {
    return TestTokens.staff("desk-" + number + "@un.example", Role.CHECK_IN);
  }

  private double openStreams() {
    return meters.get("imrf.check-in.streams.open").gauge().value();
  }
}
