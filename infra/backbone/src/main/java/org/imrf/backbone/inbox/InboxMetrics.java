package org.imrf.backbone.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Per topic and consumer: events applied, duplicates skipped, events dropped by a filter, and
 * events dead-lettered.
 */
class InboxMetrics {

  private final MeterRegistry registry;

  InboxMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void consumed(String topic, String type, String consumer) {
    counter("imrf.events.consumed", "Events applied by a consumer", topic, consumer)
        .tag("type", type)
        .register(registry)
        .increment();
  }

  void deduplicated(String topic, String type, String consumer) {
    counter(
            "imrf.events.deduplicated",
            "Redelivered events skipped because their effect was already applied",
            topic,
            consumer)
        .tag("type", type)
        .register(registry)
        .increment();
  }

  void dropped(String topic, String type, String consumer) {
    counter(
            "imrf.events.dropped",
            "Events a filter kept from the consumer's handlers (news of an erased participant)",
            topic,
            consumer)
        .tag("type", type)
        .register(registry)
        .increment();
  }

  void ignored(String topic, String consumer) {
    counter("imrf.events.ignored", "Events of types this consumer does not handle", topic, consumer)
        .register(registry)
        .increment();
  }

  void deadLettered(String topic, String group, String reason) {
    counter(
            "imrf.events.dead.lettered",
            "Records sent to the dead-letter topic after bounded retries",
            topic,
            group)
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  private static Counter.Builder counter(
      String name, String description, String topic, String consumer) {
    return Counter.builder(name)
        .description(description)
        .tag("topic", topic)
        .tag("consumer", consumer);
  }
}
