package org.imrf.notification.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Each caller, and everyone together, may hold only so many inbox streams open. */
@ServiceTest
@TestPropertySource(
    properties = {
      "imrf.in-app.streams-per-caller=2",
      "imrf.in-app.streams-total=4",
      "imrf.in-app.heartbeat=200ms"
    })
class InboxStreamCapsTest {

  @Autowired InboxStreams streams;
  @LocalServerPort int port;
  private final List<InputStream> open = new ArrayList<>();

  @Test
  void aParticipantHoldsNoMoreStreamsThanTheirShareWhileOthersGetTheirs() throws Exception {
    // given a participant with as many tabs following their inbox as one caller may hold
    UUID participant = UUID.randomUUID();
    for (int i = 0; i < 2; i++) {
      assertThat(stream(participant).statusCode()).isEqualTo(200);
    }

    // when they open one more
    HttpResponse<InputStream> refused = stream(participant);

    // then they are told to come back later, as problem details
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("10");
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(new String(refused.body().readAllBytes()))
        .contains("as many live streams open as one caller may");

    // while another participant is served
    assertThat(stream(UUID.randomUUID()).statusCode()).isEqualTo(200);
  }

  @Test
  void theServiceHoldsNoMoreStreamsThanItsTotalAndFreesTheirPlacesWhenTheyClose() throws Exception {
    // given as many open streams as the service holds
    for (int i = 0; i < 4; i++) {
      assertThat(stream(UUID.randomUUID()).statusCode()).isEqualTo(200);
    }

    // when one more participant opens one
    UUID late = UUID.randomUUID();
    HttpResponse<InputStream> refused = stream(late);

    // then it is refused
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(new String(refused.body().readAllBytes()))
        .contains("As many live streams are open as the platform serves");

    // and once a stream is closed (the next heartbeat finds it gone), the late one gets one
    open.remove(0).close();
    await().atMost(Duration.ofSeconds(10)).until(() -> streams.open() == 3);
    assertThat(stream(late).statusCode()).isEqualTo(200);
  }

  @AfterEach
  void closeStreams() throws IOException {
    for (InputStream stream : open) {
      stream.close();
    }
    open.clear();
    await().atMost(Duration.ofSeconds(10)).until(() -> streams.open() == 0);
  }

  private HttpResponse<InputStream> stream(UUID participant) throws Exception {
    HttpResponse<InputStream> response =
        EventStreamClient.ask(
            port, "/inbox/stream?participant=" + participant, TestTokens.attendee(participant));
    if (response.statusCode() == 200) {
      open.add(response.body());
    }
    return response;
  }
}
