package org.imrf.backbone.outbox;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the outbox relay ({@code imrf.outbox.*}).
 *
 * @param relayEnabled whether this instance publishes (all do by default; one at a time holds the
 *     relay lock)
 * @param pollInterval how often the relay looks for events written by other instances or left over;
 *     events committed by this instance wake it at once
 * @param batchSize events published per database transaction
 * @param sendTimeout how long stopping waits for the batch in flight
 * @param metricsInterval how often the backlog gauges are refreshed
 * @param producer Kafka producer settings that override the relay's explicit defaults
 */
@ConfigurationProperties("imrf.outbox")
public record OutboxProperties(
    @DefaultValue("true") boolean relayEnabled,
    @DefaultValue("500ms") Duration pollInterval,
    @DefaultValue("500") int batchSize,
    @DefaultValue("40s") Duration sendTimeout,
    @DefaultValue("5s") Duration metricsInterval,
    Map<String, String> producer) {

  public OutboxProperties {
    producer = producer == null ? Map.of() : Map.copyOf(producer);
    if (batchSize < 1) {
      throw new IllegalArgumentException("imrf.outbox.batch-size must be at least 1");
    }
  }
}
