package org.imrf.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.imrf.notification.notification.NotificationWriter;
import org.imrf.notification.notification.Notifications;
import org.imrf.notification.preference.ChannelPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Instances share the queue in the database: each row is claimed by one, and a row whose claim
 * expired (its instance died) is taken over. This instance's own workers are stopped meanwhile, so
 * that only the instances a test starts send.
 */
@DeliveryServiceTest
class ClaimingRowsTest {

  @Autowired NotificationWriter writer;
  @Autowired Notifications notifications;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Deliveries deliveries;
  @Autowired DeliveryWorkers workers;
  @Autowired JdbcClient jdbc;
  @Autowired ScriptedSender testEmail;
  @Autowired ScriptedSender testInApp;
  @Autowired ScriptedSender testWebhook;
  @Autowired ChannelPreferences preferences;

  private Notifying notifying;
  private final List<ChannelWorker> started = new ArrayList<>();

  @BeforeEach
  void onlyTheInstancesOfTheTestSend() {
    notifying = new Notifying(writer, notifications, transactions);
    workers.stop();
  }

  @AfterEach
  void thisInstanceSendsAgain() {
    testWebhook.revive();
    started.forEach(worker -> worker.stop(Duration.ofSeconds(5)));
    workers.start();
  }

  @Test
  void twoInstancesSendingFromOneQueueNeverSendARowTwice() {
    // given three hundred notifications queued on email and in-app
    List<UUID> participants = IntStream.range(0, 300).mapToObj(i -> UUID.randomUUID()).toList();
    List<UUID> written = notifying.all(participants);

    // when two instances send them side by side
    for (String instance : List.of("instance-a", "instance-b")) {
      start(Channel.EMAIL, instance);
      start(Channel.IN_APP, instance);
    }

    // then every one is sent on each channel, each exactly once
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                written.stream()
                    .allMatch(
                        notification ->
                            deliveries.ofNotification(notification).stream()
                                .allMatch(d -> d.state() != DeliveryState.QUEUED)));
    for (UUID notification : written) {
      assertThat(deliveries.ofNotification(notification))
          .filteredOn(d -> d.channel() != Channel.WEBHOOK)
          .extracting(Delivery::state, Delivery::attempts)
          .containsOnly(org.assertj.core.groups.Tuple.tuple(DeliveryState.SENT, 1));
      assertThat(testEmail.attempts(notification)).as("emails of " + notification).isEqualTo(1);
      assertThat(testInApp.attempts(notification)).as("in-app of " + notification).isEqualTo(1);
    }
  }

  @Test
  void aRowWhoseClaimExpiredIsTakenOverAndOneStillHeldIsLeftAlone() {
    // given a notification whose email an instance claimed and then died with, and whose in-app
    // delivery a live instance holds
    UUID notification = notifying.one(UUID.randomUUID());
    claim(notification, Channel.EMAIL, "died-instance", "now() - interval '1 second'");
    claim(notification, Channel.IN_APP, "live-instance", "now() + interval '1 hour'");

    // when another instance looks for due rows
    start(Channel.EMAIL, "instance-c");
    start(Channel.IN_APP, "instance-c");

    // then it takes the email over and sends it once, and leaves the held row alone
    await().atMost(Duration.ofSeconds(15)).until(() -> testEmail.attempts(notification) == 1);
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(3))
        .until(() -> testInApp.attempts(notification) == 0);
    assertThat(deliveries.ofNotification(notification))
        .filteredOn(d -> d.channel() == Channel.IN_APP)
        .extracting(Delivery::state)
        .containsExactly(DeliveryState.QUEUED);
  }

  @Test
  void aStoppingInstanceClaimsNothingMoreAndLetsItsSendsInFlightFinish() {
    // given an instance sending to a slow endpoint, its two places taken by five participants'
    // webhook deliveries
    testWebhook.die(ScriptedSender.Death.HANGS);
    List<UUID> participants = IntStream.range(0, 5).mapToObj(i -> UUID.randomUUID()).toList();
    participants.forEach(
        participant ->
            preferences.choose(participant, ChannelPreferences.EVERY_KIND, Channel.WEBHOOK, true));
    List<UUID> written = notifying.all(participants);
    ChannelWorker worker = start(Channel.WEBHOOK, "instance-d");
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> written.stream().mapToInt(testWebhook::attempts).sum() == 2);

    // when it stops while they are in flight, and the endpoint then answers
    worker.stopClaiming();
    testWebhook.revive();
    worker.awaitSends(System.nanoTime() + Duration.ofSeconds(10).toNanos());

    // then the two in flight are recorded as sent, and the other three wait unclaimed for others
    assertThat(written.stream().map(n -> state(n, Channel.WEBHOOK)))
        .containsOnly(DeliveryState.SENT, DeliveryState.QUEUED)
        .filteredOn(state -> state == DeliveryState.SENT)
        .hasSize(2);
    assertThat(
            jdbc.sql(
                    "select count(*) from delivery where notification_id in (:ids)"
                        + " and claimed_by is not null")
                .param("ids", written)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(written.stream().mapToInt(testWebhook::attempts).sum()).isEqualTo(2);
  }

  private DeliveryState state(UUID notification, Channel channel) {
    return deliveries.ofNotification(notification).stream()
        .filter(d -> d.channel() == channel)
        .map(Delivery::state)
        .findFirst()
        .orElseThrow();
  }

  private void claim(UUID notification, Channel channel, String instance, String until) {
    AtomicInteger claimed = new AtomicInteger();
    claimed.set(
        jdbc.sql(
                "update delivery set claimed_by = :instance, claimed_until = "
                    + until
                    + " where notification_id = :notification and channel = :channel")
            .param("instance", instance)
            .param("notification", notification)
            .param("channel", channel.code())
            .update());
    assertThat(claimed.get()).isEqualTo(1);
  }

  private ChannelWorker start(Channel channel, String instance) {
    ChannelWorker worker = workers.worker(channel, instance);
    started.add(worker);
    worker.start();
    return worker;
  }
}
