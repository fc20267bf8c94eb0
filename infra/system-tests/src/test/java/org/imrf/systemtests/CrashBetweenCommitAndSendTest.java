package org.imrf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;
import static org.imrf.testing.TopicProbe.keyed;

import java.time.Duration;
import java.util.UUID;
import org.imrf.devservices.KafkaService;
import org.imrf.testing.TestInfrastructure;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A registration committed but not yet published when registration-service crashes is published
 * once it runs again: the outbox, not memory, holds events between commit and send.
 */
class CrashBetweenCommitAndSendTest {

  @RegisterExtension
  static final SharedPlatform<RunningServices> shared =
      RunningServices.registrationAndNotification();

  static RunningServices platform;

  @BeforeAll
  static void services() {
    platform = shared.get();
  }

  @Test
  void anEventCommittedBeforeACrashIsPublishedOnceAfterTheRestart() {
    KafkaService kafka = TestInfrastructure.get().kafka();
    assumeThat(kafka.interruptible()).as("the broker can be stopped by the test").isTrue();
    String participant;

    // given Kafka is down, so that the relay cannot send what registration-service commits
    try (var outage = kafka.interrupt()) {
      // when someone registers, the registration is committed
      Http.Response registered =
          Http.post(
              platform.url("registration-service") + "/participants",
              """
              {"edition": "imrf-2026", "name": "王芳", "email": "wang.%s@example.org", "preferredLanguage": "zh",
             "organisation": "Permanent Mission of Portugal", "country": "PT", "category": "member-state", "attendance": "online"}
              """
                  .formatted(UUID.randomUUID().toString().substring(0, 8)));
      assertThat(registered.status()).isEqualTo(201);
      participant = registered.body().get("id").asString();

      // and registration-service crashes before it could publish the event
      platform.crash("registration-service");
    }

    // when Kafka is back and registration-service starts again
    platform.restart("registration-service");

    // then each of its events (registered, access link issued) is on the topic exactly once
    try (TopicProbe topic = TopicProbe.of("registration.participants")) {
      assertThat(topic.await(keyed(participant), 2, Duration.ofSeconds(60))).hasSize(2);
      assertThat(topic.publishedBy("registration", keyed(participant)))
          .extracting(record -> TopicProbe.header(record, "ce_type"))
          .containsExactly(
              "imrf.participant.registered.v3", "imrf.participant.access-link-issued.v1");
    }

    // and the participant is confirmed exactly once, in Chinese
    String notifications =
        platform.url("notification-service") + "/notifications?participant=" + participant;
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Http.get(notifications, TestTokens.attendee(UUID.fromString(participant)))
                        .body()
                        .path("totalItems")
                        .asInt()
                    >= 1);
    var page = Http.get(notifications, TestTokens.attendee(UUID.fromString(participant))).body();
    assertThat(page.path("totalItems").asInt()).isEqualTo(1);
    assertThat(page.get("items").get(0).get("language").asString()).isEqualTo("zh");
  }
}
