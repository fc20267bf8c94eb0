package org.imrf.gateway.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A participant's live inbox through the gateway, with the session their access link opened: the
 * stream is relayed with their token and resumed with Last-Event-ID. The service (here one that
 * decides as notification-service does) refuses a token of another participant.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "imrf.gateway.streams.keep-alive=200ms",
      "imrf.gateway.key=Z2F0ZXdheS10ZXN0LWtleS1vZi0zMi1ieXRlcy14eXo="
    })
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RelayingTheInboxTest {

  private static final String INBOX = "/inbox/stream";
  private static final ServiceWithStreams notification = start();

  @LocalServerPort int port;
  private final List<Browser> browsers = new ArrayList<>();

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry properties) {
    properties.add("imrf.gateway.services.notification", notification::url);
    properties.add("imrf.gateway.identity-url", notification::url);
  }

  @Test
  void aParticipantSignedInWithTheirLinkFollowsTheirInboxAndResumesWhereTheyLeftOff()
      throws Exception {
    // given a participant signed in with their access link, following their inbox
    String participant = UUID.randomUUID().toString();
    String session = "Cookie: " + signIn(participant);
    Browser browser = open("/api/notification" + INBOX + "?participant=" + participant, session);
    assertThat(browser.status()).isEqualTo(200);
    assertThat(browser.next().name()).isEqualTo("opened");
    await().atMost(Duration.ofSeconds(10)).until(() -> notification.open(INBOX) == 1);

    // then the service was asked with their own token, and not their cookie
    ServiceWithStreams.Stream first = notification.streams(INBOX).get(0);
    assertThat(first.header("authorization"))
        .isEqualTo("Bearer " + ServiceWithStreams.tokenFor(participant));
    assertThat(first.header("cookie")).isNull();

    // when a notification arrives, numbered 41
    first.event("41", "notification", "{\"subject\":\"Your badge\"}");

    // then the browser has it, and its id
    assertThat(browser.next())
        .isEqualTo(new Browser.Event("notification", "{\"subject\":\"Your badge\"}"));
    assertThat(browser.lastEventId()).isEqualTo("41");

    // when the connection drops and the browser reconnects as EventSource does
    browser.close();
    await().atMost(Duration.ofSeconds(10)).until(() -> notification.open(INBOX) == 0);
    Browser again =
        open(
            "/api/notification" + INBOX + "?participant=" + participant,
            session,
            "Last-Event-ID: " + browser.lastEventId());

    // then the service is asked to resume after 41, for the same participant
    assertThat(again.next().name()).isEqualTo("opened");
    await().atMost(Duration.ofSeconds(10)).until(() -> notification.open(INBOX) == 1);
    ServiceWithStreams.Stream resumed = notification.streams(INBOX).get(1);
    assertThat(resumed.header("last-event-id")).isEqualTo("41");
    assertThat(resumed.header("authorization"))
        .isEqualTo("Bearer " + ServiceWithStreams.tokenFor(participant));
    resumed.event("42", "notification", "{\"subject\":\"Programme changed\"}");
    assertThat(again.next().data()).isEqualTo("{\"subject\":\"Programme changed\"}");
  }

  @Test
  void anotherParticipantSignedInIsRefusedTheInbox() throws Exception {
    // given two participants, the second signed in with their own link
    String participant = UUID.randomUUID().toString();
    String someoneElse = "Cookie: " + signIn(UUID.randomUUID().toString());

    // when the second asks for the first one's inbox, by its address
    Browser browser =
        open("/api/notification" + INBOX + "?participant=" + participant, someoneElse);

    // then the service's refusal comes back, as problem details, and no stream stays open
    assertThat(browser.status()).isEqualTo(404);
    assertThat(browser.header("content-type")).startsWith("application/problem+json");
    assertThat(browser.body()).contains("Inbox not found");
    assertThat(notification.open(INBOX)).isZero();
  }

  @AfterEach
  void closeBrowsers() throws IOException {
    for (Browser browser : browsers) {
      browser.close();
    }
  }

  @AfterAll
  static void stopService() throws IOException {
    notification.close();
  }

  private Browser open(String path, String... headers) throws IOException {
    Browser browser = Browser.open(port, "127.0.0.1", path, headers);
    browsers.add(browser);
    return browser;
  }

  /** Opens the participant's access link at the gateway: the session cookie it sets. */
  private String signIn(String participant) throws Exception {
    HttpResponse<Void> opened =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/access/" + participant))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    assertThat(opened.statusCode()).isEqualTo(303);
    return opened.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
  }

  private static ServiceWithStreams start() {
    try {
      return new ServiceWithStreams();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
