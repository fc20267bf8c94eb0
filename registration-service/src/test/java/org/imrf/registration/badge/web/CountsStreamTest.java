package org.imrf.registration.badge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.registration.ParticipantsApi.id;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.imrf.registration.badge.BadgeApi;
import org.imrf.testing.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The live counts as a stream of server-sent events (the tests' heartbeat is an hour). */
@ServiceTest
class CountsStreamTest {

  @Autowired RestTestClient http;
  @Autowired CheckInCountsStream streams;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;
  BadgeApi badges;
  String edition;

  @BeforeEach
  void anEditionOfItsOwn() {
    badges = new BadgeApi(http);
    edition = badges.participants().newEdition();
  }

  @Test
  void theStreamBringsTheNewCountsAsSoonAsSomeoneIsCheckedIn() throws Exception {
    // given two delegates expected, and the desk following the counts
    JsonNode delegate = badges.inPersonDelegate(edition, "Aiko Tanaka");
    badges.inPersonDelegate(edition, "Kofi Boateng");
    String token = badges.badge(delegate).get("token").asString();
    try (Events counts = open()) {
      JsonNode initial = counts.next();
      assertThat(initial.get("checkedIn").asLong()).isZero();
      assertThat(initial.get("expected").asLong()).isEqualTo(2);

      // when one of them is checked in
      badges.scan(token).expectStatus().isCreated();

      // then the stream says so, long before any heartbeat
      JsonNode updated = counts.next();
      assertThat(updated.get("checkedIn").asLong()).isEqualTo(1);
      assertThat(updated.get("byCategory").get("member-state").get("checkedIn").asLong())
          .isEqualTo(1);
    }
  }

  @Test
  void theHeartbeatBringsCheckInsMadeOnOtherInstances() throws Exception {
    // given a delegate expected, and the desk following the counts
    JsonNode delegate = badges.inPersonDelegate(edition, "Nadia Rahman");
    try (Events counts = open()) {
      assertThat(counts.next().get("checkedIn").asLong()).isZero();

      // when another instance checks the delegate in (no event reaches this one)
      jdbc.sql(
              """
              insert into check_in (participant_id, edition_id, category, checked_in_at, checked_in_by)
              values (:participant, :edition, 'member-state', :at, 'desk-on-another-instance')
              """)
          .param("participant", UUID.fromString(id(delegate)))
          .param("edition", edition)
          .param("at", Timestamp.from(Instant.now()))
          .update();
      // and the heartbeat comes
      streams.heartbeat();

      // then the stream has the new counts
      assertThat(counts.next().get("checkedIn").asLong()).isEqualTo(1);
    }
  }

  @Test
  void anEditionTheForumDoesNotHoldHasNoStream() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                request("/editions/imrf-0003/check-ins/counts/stream"),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  private Events open() throws IOException, InterruptedException {
    HttpResponse<InputStream> response =
        HttpClient.newHttpClient()
            .send(
                request("/editions/" + edition + "/check-ins/counts/stream"),
                HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    return new Events(response.body());
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", "Bearer " + BadgeApi.deskStaff())
        .header("Accept", "text/event-stream")
        .timeout(Duration.ofSeconds(30))
        .build();
  }

  /** The counts events of one open stream, as they arrive. */
  private static final class Events implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InputStream body;
    private final BlockingQueue<JsonNode> arrived = new LinkedBlockingQueue<>();

    Events(InputStream body) {
      this.body = body;
      Thread reader = new Thread(this::read, "counts-stream-reader");
      reader.setDaemon(true);
      reader.start();
    }

    /** The next counts event, within ten seconds. */
    JsonNode next() throws InterruptedException {
      JsonNode event = arrived.poll(10, TimeUnit.SECONDS);
      assertThat(event).as("a counts event within ten seconds").isNotNull();
      return event;
    }

    private void read() {
      try (BufferedReader lines =
          new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
        String name = null;
        StringBuilder data = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.startsWith("event:")) {
            name = line.substring("event:".length()).strip();
          } else if (line.startsWith("data:")) {
            data.append(line.substring("data:".length()));
          } else if (line.isEmpty() && !data.isEmpty()) {
            if ("counts".equals(name)) {
              arrived.add(JSON.readTree(data.toString()));
            }
            name = null;
            data.setLength(0);
          }
        }
      } catch (IOException closed) {
        // the test is done with the stream
      }
    }

    @Override
    public void close() throws IOException {
      body.close();
    }
  }
}
