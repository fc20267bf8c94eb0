package org.imrf.backbone.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per topic: events published, publication failures, and the outbox backlog (how many wait, and how
 * long the oldest has waited).
 */
class OutboxMetrics {

  private final MeterRegistry registry;
  private final Clock clock;
  private final Map<String, TopicBacklog> backlogs = new ConcurrentHashMap<>();

  OutboxMetrics(MeterRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  void published(String topic, String type) {
    Counter.builder("imrf.events.published")
        .description("Events the outbox relay published and Kafka acknowledged")
        .tag("topic", topic)
        .tag("type", type)
        .register(registry)
        .increment();
  }

  void failed(String topic, int count) {
    Counter.builder("imrf.events.publish.failures")
        .description("Event sends Kafka did not acknowledge; the events stay in the outbox")
        .tag("topic", topic)
        .register(registry)
        .increment(count);
  }

  /** Makes the topic's backlog gauges exist (at zero) from the first event written to it. */
  void knowTopic(String topic) {
    backlogs.computeIfAbsent(topic, this::register);
  }

  /** Sets every known topic's backlog; topics absent from {@code current} have none. */
  void backlog(Map<String, OutboxStore.Backlog> current) {
    current.keySet().forEach(this::knowTopic);
    long now = clock.millis();
    backlogs.forEach(
        (topic, gauges) -> {
          OutboxStore.Backlog backlog = current.get(topic);
          gauges.waiting.set(backlog == null ? 0 : backlog.waiting());
          gauges.oldestMillis.set(
              backlog == null ? 0 : Math.max(0, now - backlog.oldest().toEpochMilli()));
        });
  }

  private TopicBacklog register(String topic) {
    TopicBacklog gauges = new TopicBacklog();
    Gauge.builder("imrf.outbox.backlog", gauges.waiting, AtomicLong::get)
        .description("Events written but not yet acknowledged by Kafka")
        .tag("topic", topic)
        .register(registry);
    Gauge.builder(
            "imrf.outbox.oldest.age",
            gauges.oldestMillis,
            millis -> Duration.ofMillis(millis.get()).toMillis() / 1000.0)
        .description("How long the oldest unpublished event has waited")
        .baseUnit("seconds")
        .tag("topic", topic)
        .register(registry);
    return gauges;
  }

  private static final class TopicBacklog {
    final AtomicLong waiting = new AtomicLong();
    final AtomicLong oldestMillis = new AtomicLong();
  }
}
