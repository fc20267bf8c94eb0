package org.imrf.testing.retries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imrf.testing.TopicProbe.header;
import static org.imrf.testing.TopicProbe.keyed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imrf.testing.RealInfrastructureInitializer;
import org.imrf.testing.TestInfrastructure;
import org.imrf.testing.TopicProbe;
import org.imrf.testing.TopicWriter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;
import org.springframework.test.context.ContextConfiguration;

/**
 * A consumer with the platform's defaults (imrf-backbone-defaults.yml: three attempts, back-off
 * from 500 ms doubling) retries a failing event with growing pauses, then puts it on the service's
 * dead-letter topic and goes on with the partition; an event that fails once is not dead-lettered.
 */
@SpringBootTest(
    classes = RetryingAConsumerTest.FlakyService.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.application.name=flaky-service",
      "imrf.database=flaky",
      "spring.cloud.function.definition=flaky",
      "imrf.inbox.dead-letter-partitions=1"
    })
@ContextConfiguration(
    initializers = {RealInfrastructureInitializer.class, RetryingAConsumerTest.Topics.class})
class RetryingAConsumerTest {

  /** When the service's handler was called, per event payload, in nanoseconds. */
  static final Map<String, List<Long>> CALLS = new ConcurrentHashMap<>();

  @Test
  void aFailingEventIsRetriedWithGrowingPausesThenDeadLetteredAndThePartitionGoesOn() {
    String key = UUID.randomUUID().toString();

    // given, on one partition, an event that fails once, one that always fails, and one after them
    send(key, "fails-once");
    send(key, "always-fails");
    send(key, "after");

    // then the event that always fails was tried three times, each pause longer than the one before
    await().atMost(Duration.ofSeconds(60)).until(() -> calls("after").size() == 1);
    List<Long> tries = calls("always-fails");
    assertThat(tries).hasSize(3);
    long firstPause = tries.get(1) - tries.get(0);
    long secondPause = tries.get(2) - tries.get(1);
    assertThat(Duration.ofNanos(firstPause)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
    assertThat(Duration.ofNanos(secondPause)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    // and the event after it was handled only once the retries were over
    assertThat(calls("after").get(0)).isGreaterThan(tries.get(2));

    // and it is on the dead-letter topic, as it came, with where from and why
    try (TopicProbe deadLetters = TopicProbe.of(Topics.DEAD_LETTERS)) {
      List<ConsumerRecord<String, byte[]>> dead =
          deadLetters.await(keyed(key), 1, Duration.ofSeconds(30));
      assertThat(dead).hasSize(1);
      assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("always-fails");
      assertThat(header(dead.get(0), "x-original-topic")).isEqualTo(Topics.EVENTS);
      assertThat(header(dead.get(0), "x-exception-message")).contains("the database is away");
      // and the event that failed once, handled on its second try, is not (the partition went on
      // past both before "after" was handled, so anything dead-lettered is there by now)
      assertThat(calls("fails-once")).hasSize(2);
      assertThat(deadLetters.readToEnd(keyed(key))).hasSize(1);
    }
  }

  private static List<Long> calls(String payload) {
    return CALLS.getOrDefault(payload, List.of());
  }

  private static void send(String key, String payload) {
    TopicWriter.send(Topics.EVENTS, key, Map.of(), payload);
  }

  @SpringBootApplication
  static class FlakyService {

    @Bean
    Consumer<Message<byte[]>> flaky() {
      return message -> {
        String payload = new String(message.getPayload(), StandardCharsets.UTF_8);
        List<Long> calls = CALLS.computeIfAbsent(payload, p -> new CopyOnWriteArrayList<>());
        calls.add(System.nanoTime());
        if (payload.equals("always-fails") || (payload.equals("fails-once") && calls.size() == 1)) {
          throw new IllegalStateException("the database is away");
        }
      };
    }
  }

  /** Topics of the test's own: one partition to read, and its dead letters. */
  static class Topics implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    static final String EVENTS = "testing.flaky-" + UUID.randomUUID();
    static final String DEAD_LETTERS = EVENTS + ".dead-letters";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      try (Admin admin =
          Admin.create(
              Map.of(
                  AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                  TestInfrastructure.get().kafka().bootstrapServers()))) {
        admin
            .createTopics(
                List.of(
                    new NewTopic(EVENTS, 1, (short) 1), new NewTopic(DEAD_LETTERS, 1, (short) 1)))
            .all()
            .get();
      } catch (Exception e) {
        throw new IllegalStateException("cannot create the test's topics", e);
      }
      TestPropertyValues.of(
              "spring.cloud.stream.bindings.flaky-in-0.destination=" + EVENTS,
              "imrf.inbox.dead-letter-topic=" + DEAD_LETTERS)
          .applyTo(context.getEnvironment());
    }
  }
}
