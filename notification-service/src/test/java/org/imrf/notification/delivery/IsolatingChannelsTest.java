package org.imrf.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.imrf.notification.delivery.ScriptedSender.Death;
import org.imrf.notification.notification.NotificationWriter;
import org.imrf.notification.notification.Notifications;
import org.imrf.notification.preference.ChannelPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** A dead channel holds up only itself: its own threads, its own breaker, its own rows. */
@DeliveryServiceTest
class IsolatingChannelsTest {

  /** Far less than a hanging channel's sends would take one after the other. */
  private static final Duration PROMPTLY = Duration.ofSeconds(10);

  @Autowired NotificationWriter writer;
  @Autowired Notifications notifications;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Deliveries deliveries;
  @Autowired ChannelPreferences preferences;
  @Autowired CircuitBreakerRegistry breakers;
  @Autowired JdbcClient jdbc;
  @Autowired ScriptedSender testInApp;
  @Autowired ScriptedSender testWebhook;

  private Notifying notifying;
  private CircuitBreaker webhookBreaker;

  @BeforeEach
  void participantsWhoChoseWebhooksToo() {
    notifying = new Notifying(writer, notifications, transactions);
    webhookBreaker = breakers.circuitBreaker("delivery-webhook");
    // rows other tests left to this instance go first, so that only this test's rows meet the
    // channel's death
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from delivery where channel = 'webhook' and state = 'queued'")
                        .query(Long.class)
                        .single()
                    == 0);
  }

  @AfterEach
  void theWebhookChannelComesBack() {
    testWebhook.revive();
    webhookBreaker.transitionToClosedState();
  }

  @Test
  void aHangingChannelFillsOnlyItsOwnPlacesWhileInAppDeliversEverything() {
    // given an organisation's endpoint that hangs on every call
    testWebhook.die(Death.HANGS);

    // when twenty participants who chose webhooks are notified
    List<UUID> written = notifying.all(participantsWithWebhooks(20));

    // then every in-app delivery is sent promptly
    await()
        .atMost(PROMPTLY)
        .until(() -> written.stream().allMatch(n -> testInApp.attempts(n) == 1));
    assertThat(written)
        .allSatisfy(n -> assertThat(state(n, Channel.IN_APP)).isEqualTo(DeliveryState.SENT));
    // while the webhook channel holds no more than its bulkhead's two places, the rest queued
    assertThat(written.stream().mapToInt(testWebhook::attempts).sum()).isLessThanOrEqualTo(2);
    assertThat(written.stream().filter(n -> state(n, Channel.WEBHOOK) == DeliveryState.QUEUED))
        .hasSize(20);

    // and when the endpoint answers again, every webhook delivery goes, once
    testWebhook.revive();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> written.stream().allMatch(n -> state(n, Channel.WEBHOOK) == DeliveryState.SENT));
    assertThat(written).allSatisfy(n -> assertThat(testWebhook.attempts(n)).isEqualTo(1));
  }

  @Test
  void aFailingChannelOpensItsBreakerAndItsRowsWaitWithoutSpendingTheirAttempts() {
    // given an endpoint that fails every call
    testWebhook.die(Death.THROWS);

    // when twenty participants who chose webhooks are notified
    List<UUID> written = notifying.all(participantsWithWebhooks(20));

    // then the breaker opens after a few failures, and in-app delivers everything meanwhile
    await().atMost(PROMPTLY).until(() -> webhookBreaker.getState() == CircuitBreaker.State.OPEN);
    await()
        .atMost(PROMPTLY)
        .until(
            () -> written.stream().allMatch(n -> state(n, Channel.IN_APP) == DeliveryState.SENT));
    // the open breaker claims nothing: the webhook rows wait, their attempts unspent
    int tried = written.stream().mapToInt(testWebhook::attempts).sum();
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(3))
        .until(() -> written.stream().mapToInt(testWebhook::attempts).sum() == tried);
    // a failure or two of its window's three opens it; up to two more were in flight
    assertThat(tried).isBetween(1, 5);
    assertThat(written)
        .allSatisfy(n -> assertThat(state(n, Channel.WEBHOOK)).isEqualTo(DeliveryState.QUEUED));

    // and once the endpoint and the breaker are back, every webhook delivery goes
    testWebhook.revive();
    webhookBreaker.transitionToClosedState();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> written.stream().allMatch(n -> state(n, Channel.WEBHOOK) == DeliveryState.SENT));
  }

  private List<UUID> participantsWithWebhooks(int count) {
    List<UUID> participants = IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
    participants.forEach(
        participant ->
            preferences.choose(participant, ChannelPreferences.EVERY_KIND, Channel.WEBHOOK, true));
    return participants;
  }

  private DeliveryState state(UUID notification, Channel channel) {
    return deliveries.ofNotification(notification).stream()
        .filter(d -> d.channel() == channel)
        .map(Delivery::state)
        .findFirst()
        .orElse(null);
  }
}
