package org.imrf.notification.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How deliveries are sent ({@code imrf.delivery.*}); each channel's circuit breaker and bulkhead
 * are Resilience4j's {@code delivery-<channel>} instances.
 *
 * @param enabled whether this instance sends deliveries (every instance queues them)
 * @param instanceId names this instance's claims; a host name and a random suffix by default
 * @param pollInterval how often each channel looks for rows other instances queued and for retries
 *     that became due; rows this instance queues wake it at once
 * @param batchSize rows claimed at a time per channel, at most the bulkhead's free places
 * @param lease how long a claim holds: longer than any send can take, for another instance takes
 *     over a row whose claim expired (its instance died)
 * @param maxAttempts attempts before a delivery is given up as failed
 * @param backoff waits between attempts
 * @param shutdownTimeout how long stopping waits for sends in flight
 * @param metricsInterval how often the queue's size and age are measured
 */
@ConfigurationProperties("imrf.delivery")
public record DeliveryProperties(
    @DefaultValue("true") boolean enabled,
    String instanceId,
    @DefaultValue("500ms") Duration pollInterval,
    @DefaultValue("50") int batchSize,
    @DefaultValue("1m") Duration lease,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue Backoff backoff,
    @DefaultValue("20s") Duration shutdownTimeout,
    @DefaultValue("5s") Duration metricsInterval) {

  public DeliveryProperties {
    if (batchSize < 1) {
      throw new IllegalArgumentException("imrf.delivery.batch-size must be at least 1");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("imrf.delivery.max-attempts must be at least 1");
    }
  }

  /**
   * Exponential backoff with jitter between attempts.
   *
   * @param initial the wait after the first failure
   * @param multiplier how much each wait grows
   * @param jitter the share by which each wait varies at random, from 0 to 1
   * @param max the longest wait
   */
  public record Backoff(
      @DefaultValue("5s") Duration initial,
      @DefaultValue("3") double multiplier,
      @DefaultValue("0.5") double jitter,
      @DefaultValue("30m") Duration max) {}
}
