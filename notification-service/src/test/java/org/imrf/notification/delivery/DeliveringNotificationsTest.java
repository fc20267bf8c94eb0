package org.imrf.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;
import static org.imrf.testing.TopicProbe.keyed;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imrf.notification.Topics;
import org.imrf.notification.delivery.ScriptedSender.Outcome;
import org.imrf.notification.notification.NotificationWriter;
import org.imrf.notification.notification.NotificationWritten;
import org.imrf.notification.notification.Notifications;
import org.imrf.notification.preference.ChannelPreferences;
import org.imrf.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A notification becomes one delivery per channel, each taken to its end. */
@DeliveryServiceTest
class DeliveringNotificationsTest {

  private static final Duration SOON = Duration.ofSeconds(15);

  @Autowired NotificationWriter writer;
  @Autowired Notifications notifications;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Deliveries deliveries;
  @Autowired ChannelPreferences preferences;
  @Autowired MeterRegistry meters;
  @Autowired ApplicationEventPublisher events;
  @Autowired ScriptedSender testEmail;
  @Autowired ScriptedSender testInApp;
  @Autowired ScriptedSender testWebhook;

  private Notifying notifying;

  @BeforeEach
  void notifyingThroughTheWriter() {
    notifying = new Notifying(writer, notifications, transactions);
  }

  @Test
  void aNotificationIsQueuedOnEachChosenChannelAndSuppressedOnTheOthers() {
    // given a participant who chose in-app only for this kind, and nothing else
    UUID participant = UUID.randomUUID();
    preferences.choose(participant, Notifying.KIND, Channel.EMAIL, false);

    // when a notification is written for them
    UUID notification = notifying.one(participant);

    // then it is delivered in-app, and suppressed by email and webhook, saying why
    await().atMost(SOON).until(() -> state(notification, Channel.IN_APP) == DeliveryState.SENT);
    Map<Channel, Delivery> each = byChannel(notification);
    assertThat(each).containsOnlyKeys(Channel.values());
    assertThat(each.get(Channel.IN_APP).attempts()).isEqualTo(1);
    assertThat(each.get(Channel.IN_APP).sentAt()).isNotNull();
    assertThat(each.get(Channel.EMAIL).state()).isEqualTo(DeliveryState.SUPPRESSED);
    assertThat(each.get(Channel.EMAIL).lastError()).isEqualTo("not chosen");
    assertThat(each.get(Channel.WEBHOOK).state()).isEqualTo(DeliveryState.SUPPRESSED);
    assertThat(each.get(Channel.WEBHOOK).target()).isEqualTo(TestChannels.ENDPOINT);
    assertThat(testEmail.attempts(notification)).isZero();
    assertThat(testWebhook.attempts(notification)).isZero();
  }

  @Test
  void theSameNotificationAnnouncedTwiceKeepsOneDeliveryPerChannel() {
    UUID participant = UUID.randomUUID();
    UUID notification = notifying.one(participant);
    await().atMost(SOON).until(() -> state(notification, Channel.EMAIL) == DeliveryState.SENT);

    // when it is announced again, as a listener run twice would
    NotificationWritten again =
        new NotificationWritten(notifications.find(notification).orElseThrow());
    new TransactionTemplate(transactions)
        .executeWithoutResult(status -> events.publishEvent(again));

    // then nothing is added, and nothing sent again
    assertThat(deliveries.ofNotification(notification)).hasSize(3);
    assertThat(testEmail.attempts(notification)).isEqualTo(1);
  }

  @Test
  void aFailureForNowIsTriedAgainAfterABackoffAndThenSent() {
    // given a relay that is busy at the first attempt
    UUID participant = UUID.randomUUID();
    testEmail.script(participant, Outcome.FAIL_FOR_NOW);
    double retried = counter("imrf.deliveries.retried");

    // when a notification is written
    UUID notification = notifying.one(participant);

    // then the email is sent at the second attempt, after a wait
    await().atMost(SOON).until(() -> state(notification, Channel.EMAIL) == DeliveryState.SENT);
    Delivery email = byChannel(notification).get(Channel.EMAIL);
    assertThat(email.attempts()).isEqualTo(2);
    assertThat(email.lastError()).isNull();
    assertThat(email.sentAt()).isAfter(email.createdAt().plusMillis(90));
    assertThat(testEmail.attempts(notification)).isEqualTo(2);
    assertThat(counter("imrf.deliveries.retried")).isGreaterThan(retried);
    // and in-app never waited for it
    assertThat(byChannel(notification).get(Channel.IN_APP).attempts()).isEqualTo(1);
  }

  @Test
  void aDeliveryFailingEveryAttemptAllowedIsGivenUpAndTold() {
    UUID participant = UUID.randomUUID();
    testEmail.script(participant, Outcome.FAIL_FOR_NOW, Outcome.FAIL_FOR_NOW, Outcome.FAIL_FOR_NOW);
    double failed = counter("imrf.deliveries.failed");

    UUID notification = notifying.one(participant);

    await().atMost(SOON).until(() -> state(notification, Channel.EMAIL) == DeliveryState.FAILED);
    Delivery email = byChannel(notification).get(Channel.EMAIL);
    assertThat(email.attempts()).isEqualTo(3);
    assertThat(email.lastError()).isEqualTo("relay busy");
    assertThat(testEmail.attempts(notification)).isEqualTo(3);
    assertThat(counter("imrf.deliveries.failed")).isEqualTo(failed + 1);

    JsonNode told = outcome(participant, "imrf.delivery.failed.v1");
    assertThat(told.get("attempts").asInt()).isEqualTo(3);
    assertThat(told.get("error").asString()).isEqualTo("relay busy");
    assertThat(told.get("channel").asString()).isEqualTo("email");
  }

  @Test
  void anAddressRefusedForGoodBouncesAtOnceAndIsNeverTriedAgain() {
    UUID participant = UUID.randomUUID();
    testEmail.script(participant, Outcome.REFUSE_FOR_GOOD);

    UUID notification = notifying.one(participant);

    await().atMost(SOON).until(() -> state(notification, Channel.EMAIL) == DeliveryState.BOUNCED);
    Delivery email = byChannel(notification).get(Channel.EMAIL);
    assertThat(email.attempts()).isEqualTo(1);
    assertThat(email.lastError()).contains("mailbox unavailable");
    JsonNode told = outcome(participant, "imrf.delivery.bounced.v1");
    assertThat(told.get("deliveryId").asString()).isEqualTo(email.id().toString());
    // nothing tries it again, however long one waits past the backoff
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(4))
        .until(() -> testEmail.attempts(notification) == 1);
  }

  @Test
  void everyOutcomeIsToldOnTheDeliveriesTopicAsTheContractsSay() {
    // given a participant who left the defaults: email and in-app
    UUID participant = UUID.randomUUID();

    // when a notification reaches them by email and in-app
    UUID notification = notifying.one(participant);
    await()
        .atMost(SOON)
        .until(
            () ->
                state(notification, Channel.EMAIL) == DeliveryState.SENT
                    && state(notification, Channel.IN_APP) == DeliveryState.SENT);

    // then the topic tells each outcome, keyed by the participant, as infra/contracts says
    List<ConsumerRecord<String, byte[]>> told;
    try (TopicProbe probe = TopicProbe.of(Topics.DELIVERIES)) {
      told = probe.publishedBy("notification", keyed(participant.toString()));
    }
    assertThat(told).hasSize(3);
    told.forEach(record -> assertSatisfiesContract(record));
    Map<String, Long> types =
        told.stream()
            .collect(
                Collectors.groupingBy(
                    record -> TopicProbe.header(record, "ce_type"), Collectors.counting()));
    assertThat(types)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("imrf.delivery.sent.v1", 2L, "imrf.delivery.suppressed.v1", 1L));
    JsonNode sent =
        JSON.readTree(
            told.stream()
                .filter(
                    record -> TopicProbe.header(record, "ce_type").equals("imrf.delivery.sent.v1"))
                .findFirst()
                .orElseThrow()
                .value());
    assertThat(sent.get("notificationId").asString()).isEqualTo(notification.toString());
    assertThat(sent.get("kind").asString()).isEqualTo(Notifying.KIND);
    assertThat(sent.get("attempts").asInt()).isEqualTo(1);
    assertThat(Instant.parse(sent.get("at").asString())).isBeforeOrEqualTo(Instant.now());
  }

  @Test
  void theQueueOfEachChannelIsMeasured() {
    await()
        .atMost(SOON)
        .untilAsserted(
            () -> {
              assertThat(meters.find("imrf.deliveries.queued").tag("channel", "email").gauge())
                  .isNotNull();
              assertThat(
                      meters.find("imrf.deliveries.oldest.due").tag("channel", "webhook").gauge())
                  .isNotNull();
            });
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonNode outcome(UUID participant, String type) {
    try (TopicProbe probe = TopicProbe.of(Topics.DELIVERIES)) {
      List<ConsumerRecord<String, byte[]>> told =
          probe.await(
              record ->
                  participant.toString().equals(record.key())
                      && type.equals(TopicProbe.header(record, "ce_type")),
              1,
              SOON);
      assertThat(told).as(type + " for " + participant).hasSize(1);
      assertSatisfiesContract(told.get(0));
      return JSON.readTree(told.get(0).value());
    }
  }

  private double counter(String name) {
    return meters.get(name).tag("channel", "email").counter().count();
  }

  private DeliveryState state(UUID notification, Channel channel) {
    Delivery delivery = byChannel(notification).get(channel);
    return delivery == null ? null : delivery.state();
  }

  private Map<Channel, Delivery> byChannel(UUID notification) {
    return deliveries.ofNotification(notification).stream()
        .collect(Collectors.toMap(Delivery::channel, Function.identity()));
  }
}
