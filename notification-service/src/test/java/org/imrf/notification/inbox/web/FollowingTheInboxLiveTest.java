package org.imrf.notification.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.imrf.notification.delivery.ChannelSender;
import org.imrf.notification.inbox.InboxFixtures;
import org.imrf.notification.notification.Notification;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/** A participant's inbox as a live stream of server-sent events, resumed with Last-Event-ID. */
@ServiceTest
class FollowingTheInboxLiveTest {

  @Autowired JdbcClient jdbc;
  @Autowired List<ChannelSender> senders;
  @Autowired RestTestClient http;
  @Autowired InboxStreams streams;
  @Autowired MeterRegistry meters;
  @Autowired DataSource dataSource;
  @LocalServerPort int port;
  InboxFixtures inbox;
  UUID participant;
  String token;

  @BeforeEach
  void aParticipantOfTheirOwn() {
    inbox = new InboxFixtures(jdbc, senders);
    participant = UUID.randomUUID();
    token = TestTokens.attendee(participant);
  }

  @Test
  void aNotificationDeliveredInAppReachesTheOpenStreamAtOnce() throws Exception {
    // given the participant following their inbox
    double pushed = pushed("notification");
    try (EventStreamClient stream = open()) {

      // when a notification in Arabic is delivered in-app
      Notification notification =
          inbox.delivered(inbox.written(participant, "ar", "تم استلام تسجيلك"));

      // then the stream brings it, numbered by its seq, to be shown right to left
      EventStreamClient.Event event = stream.next();
      assertThat(event.name()).isEqualTo("notification");
      assertThat(event.id()).isEqualTo(Long.toString(inbox.seqOf(notification)));
      assertThat(event.data().get("id").asString()).isEqualTo(notification.id().toString());
      assertThat(event.data().get("kind").asString()).isEqualTo("registration-confirmation");
      assertThat(event.data().get("language").asString()).isEqualTo("ar");
      assertThat(event.data().get("direction").asString()).isEqualTo("rtl");
      assertThat(event.data().get("subject").asString()).isEqualTo("تم استلام تسجيلك");
      assertThat(event.data().get("body").asString()).isEqualTo(notification.body());
      assertThat(event.data().get("createdAt").asString())
          .isEqualTo(notification.createdAt().toString());
      assertThat(event.data().get("read").asBoolean()).isFalse();
      assertThat(pushed("notification")).isGreaterThan(pushed);
    }
  }

  @Test
  void aNotificationPutInTheInboxByAnotherInstanceArrivesWithTheNextPoll() throws Exception {
    try (EventStreamClient stream = open()) {
      Notification elsewhere = inbox.deliveredElsewhere(participant, "From instance two");

      EventStreamClient.Event event = stream.next();
      assertThat(event.id()).isEqualTo(Long.toString(inbox.seqOf(elsewhere)));
      assertThat(event.data().get("id").asString()).isEqualTo(elsewhere.id().toString());
    }
  }

  @Test
  void aLongTransactionElsewhereDoesNotHoldBackWhatOtherInstancesCommit() throws Exception {
    // given a transaction that has written and stays open (a slow batch, say)
    try (Connection slow = dataSource.getConnection()) {
      slow.setAutoCommit(false);
      slow.createStatement().execute("select pg_current_xact_id()");
      try (EventStreamClient stream = open()) {

        // when another instance puts two notifications into the inbox meanwhile
        Notification first = inbox.deliveredElsewhere(participant, "While a batch runs");
        Notification second = inbox.deliveredElsewhere(participant, "Still running");

        // then the stream brings them with the next polls, once each
        assertThat(stream.next(2))
            .extracting(EventStreamClient.Event::id)
            .containsExactly(Long.toString(inbox.seqOf(first)), Long.toString(inbox.seqOf(second)));
        assertThat(stream.within(Duration.ofMillis(800))).isNull();
      } finally {
        slow.rollback();
      }
    }
  }

  @Test
  void reconnectingWithLastEventIdBringsExactlyTheMissedOnesThenTheNewOnes() throws Exception {
    // given a participant who saw their first notification, and then lost the connection
    Notification first = inbox.delivered(participant, "First");
    String lastSeen;
    try (EventStreamClient stream = open("Last-Event-ID", "0")) {
      lastSeen = stream.next().id();
      assertThat(lastSeen).isEqualTo(Long.toString(inbox.seqOf(first)));
    }
    // and two came while they were away, one through another instance
    Notification second = inbox.delivered(participant, "Second");
    Notification third = inbox.deliveredElsewhere(participant, "Third");

    // when their browser reconnects with the last event id it has
    try (EventStreamClient stream = open("Last-Event-ID", lastSeen)) {

      // then it gets the two it missed, in order, and nothing twice
      assertThat(stream.next(2))
          .extracting(EventStreamClient.Event::id)
          .containsExactly(Long.toString(inbox.seqOf(second)), Long.toString(inbox.seqOf(third)));
      assertThat(stream.within(Duration.ofMillis(800))).isNull();

      // and then the new ones, live
      Notification fourth = inbox.delivered(participant, "Fourth");
      assertThat(stream.next().id()).isEqualTo(Long.toString(inbox.seqOf(fourth)));
    }
  }

  @Test
  void aClientThatCannotSetHeadersResumesWithTheQuery() throws Exception {
    Notification first = inbox.delivered(participant, "First");
    Notification second = inbox.delivered(participant, "Second");

    try (EventStreamClient stream =
        EventStreamClient.open(
            port,
            "/inbox/stream?participant=" + participant + "&lastEventId=" + inbox.seqOf(first),
            token)) {
      assertThat(stream.next().id()).isEqualTo(Long.toString(inbox.seqOf(second)));
      assertThat(stream.within(Duration.ofMillis(500))).isNull();
    }
  }

  @Test
  void aStreamOpenedWithoutLastEventIdBringsOnlyWhatComesAfterIt() throws Exception {
    inbox.delivered(participant, "Already in the page the client read");

    try (EventStreamClient stream = open()) {
      Notification next = inbox.delivered(participant, "Next");

      assertThat(stream.next().data().get("id").asString()).isEqualTo(next.id().toString());
    }
  }

  @Test
  void entriesWrittenWhileTheClientKeepsReconnectingAreEachSeenExactlyOnce() throws Exception {
    // given notifications arriving, here and through another instance, for a few seconds
    int total = 30;
    CompletableFuture<List<Notification>> writing =
        CompletableFuture.supplyAsync(
            () -> {
              List<Notification> written = new ArrayList<>();
              for (int i = 0; i < total; i++) {
                written.add(
                    i % 3 == 0
                        ? inbox.deliveredElsewhere(participant, "Update " + i)
                        : inbox.delivered(participant, "Update " + i));
                pause(ThreadLocalRandom.current().nextInt(10, 60));
              }
              return written;
            });

    // when the client reads a few events at a time, dropping the connection each time and
    // reconnecting with the last event id it got
    List<String> seen = new ArrayList<>();
    String lastEventId = "0";
    while (seen.size() < total) {
      try (EventStreamClient stream = open("Last-Event-ID", lastEventId)) {
        int take = ThreadLocalRandom.current().nextInt(1, 6);
        for (int i = 0; i < take && seen.size() < total; i++) {
          EventStreamClient.Event event = stream.next();
          seen.add(event.id());
          lastEventId = event.id();
        }
      }
      // the service notices a client gone when it next writes: a heartbeat frees its place
      await()
          .atMost(Duration.ofSeconds(5))
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(20))
          .until(
              () -> {
                streams.heartbeat();
                return streams.openFor(participant) == 0;
              });
    }

    // then it saw every one, in order, none twice
    List<String> all =
        writing.get().stream().map(inbox::seqOf).map(seq -> Long.toString(seq)).toList();
    assertThat(seen).containsExactlyElementsOf(all);
  }

  @Test
  void markingReadOrUnreadShowsInEveryOpenTab() throws Exception {
    // given a notification, and the participant's inbox open in two tabs
    Notification notification = inbox.delivered(participant, "Your badge is ready");
    try (EventStreamClient tab = open();
        EventStreamClient otherTab = open()) {

      // when it is marked read in one of them
      http.put()
          .uri("/inbox/{id}/read", notification.id())
          .header("Authorization", "Bearer " + token)
          .exchange()
          .expectStatus()
          .isNoContent();

      // then both show it read
      for (EventStreamClient stream : List.of(tab, otherTab)) {
        EventStreamClient.Event read = stream.next();
        assertThat(read.name()).isEqualTo("read");
        assertThat(read.id()).isNull();
        assertThat(read.data().get("id").asString()).isEqualTo(notification.id().toString());
        assertThat(read.data().get("read").asBoolean()).isTrue();
      }

      // and when another instance marks it unread, both show that too
      jdbc.sql(
              "update inbox_entry set read_at = null, read_tx = pg_current_xact_id()"
                  + " where notification_id = :id")
          .param("id", notification.id())
          .update();
      for (EventStreamClient stream : List.of(tab, otherTab)) {
        // (the poller may first repeat that it was read)
        assertThat(nextRead(stream, false).data().get("id").asString())
            .isEqualTo(notification.id().toString());
      }
    }
  }

  @Test
  void heartbeatsKeepTheStreamBusyForProxies() throws Exception {
    try (EventStreamClient stream = open()) {
      await().atMost(Duration.ofSeconds(5)).until(() -> streams.open() > 0);

      streams.heartbeat();

      await().atMost(Duration.ofSeconds(5)).until(() -> stream.comments() > 0);
    }
  }

  @Test
  void organisersFollowAnyonesInboxAndOpenStreamsAreCounted() throws Exception {
    try (EventStreamClient stream =
        EventStreamClient.open(
            port, "/inbox/stream?participant=" + participant, TestTokens.organiser())) {
      await().atMost(Duration.ofSeconds(5)).until(() -> openStreams() >= 1);
      Notification notification = inbox.delivered(participant, "For the organiser to see");

      assertThat(stream.next().data().get("id").asString()).isEqualTo(notification.id().toString());
    }
  }

  @Test
  void anotherParticipantsInboxDoesNotExistForThem() throws Exception {
    HttpResponse<InputStream> refused =
        EventStreamClient.ask(
            port,
            "/inbox/stream?participant=" + participant,
            TestTokens.attendee(UUID.randomUUID()));

    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void aLastEventIdThatIsNoEventIdIsRefusedNamingIt() throws Exception {
    HttpResponse<InputStream> header =
        EventStreamClient.ask(
            port, "/inbox/stream?participant=" + participant, token, "Last-Event-ID", "soon");
    HttpResponse<InputStream> query =
        EventStreamClient.ask(
            port, "/inbox/stream?participant=" + participant + "&lastEventId=-3", token);
    HttpResponse<InputStream> notAParticipant =
        EventStreamClient.ask(port, "/inbox/stream?participant=someone", token);

    assertThat(header.statusCode()).isEqualTo(400);
    assertThat(new String(header.body().readAllBytes())).contains("\"Last-Event-ID\"");
    assertThat(query.statusCode()).isEqualTo(400);
    assertThat(new String(query.body().readAllBytes())).contains("\"lastEventId\"");
    assertThat(notAParticipant.statusCode()).isEqualTo(400);
    assertThat(notAParticipant.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(new String(notAParticipant.body().readAllBytes())).contains("\"participant\"");
  }

  private EventStreamClient open(String... headers) throws Exception {
    return EventStreamClient.open(port, "/inbox/stream?participant=" + participant, token, headers);
  }

  private static EventStreamClient.Event nextRead(EventStreamClient stream, boolean read)
      throws InterruptedException {
    EventStreamClient.Event event = stream.next();
    while (!"read".equals(event.name()) || event.data().get("read").asBoolean() != read) {
      event = stream.next();
    }
    return event;
  }

  private double pushed(String event) {
    return meters.get("imrf.inbox.events.pushed").tag("event", event).counter().count();
  }

  private double openStreams() {
    return meters.get("imrf.inbox.streams.open").gauge().value();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
