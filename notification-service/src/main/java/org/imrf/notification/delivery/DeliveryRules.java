package org.imrf.notification.delivery;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.util.Set;

/**
 * The rules of a delivery's life, free of storage and channels: whether it is queued at all, and
 * where each attempt leaves it.
 */
final class DeliveryRules {

  static final String NOT_CHOSEN = "not chosen";
  static final String HELD_FOR_DIGEST = "held for the daily digest";

  private final int maxAttempts;
  private final IntervalFunction backoff;

  DeliveryRules(int maxAttempts, IntervalFunction backoff) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt is needed, not " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
    this.backoff = backoff;
  }

  static DeliveryRules of(DeliveryProperties properties) {
    DeliveryProperties.Backoff backoff = properties.backoff();
    return new DeliveryRules(
        properties.maxAttempts(),
        IntervalFunction.ofExponentialRandomBackoff(
            backoff.initial(), backoff.multiplier(), backoff.jitter(), backoff.max()));
  }

  /**
   * Why a delivery on a channel is suppressed rather than queued; null when it is queued.
   *
   * @param chosen the channels the participant chose for the kind
   * @param inDigest whether the kind reaches them by email only in their daily digest
   */
  static String whySuppressed(Channel channel, Set<Channel> chosen, boolean inDigest) {
    if (!chosen.contains(channel)) {
      return NOT_CHOSEN;
    }
    if (channel == Channel.EMAIL && inDigest) {
      return HELD_FOR_DIGEST;
    }
    return null;
  }

  Attempt sent() {
    return new Attempt(DeliveryState.SENT, null, Duration.ZERO);
  }

  /**
   * Where a failed attempt leaves a delivery.
   *
   * @param attemptsBefore how many attempts were made before this one
   */
  Attempt failed(int attemptsBefore, DeliveryFailure failure) {
    String error = describe(failure);
    if (failure.permanent()) {
      return new Attempt(DeliveryState.BOUNCED, error, Duration.ZERO);
    }
    int attempts = attemptsBefore + 1;
    if (attempts >= maxAttempts) {
      return new Attempt(DeliveryState.FAILED, error, Duration.ZERO);
    }
    return new Attempt(DeliveryState.QUEUED, error, Duration.ofMillis(backoff.apply(attempts)));
  }

  int maxAttempts() {
    return maxAttempts;
  }

  private static String describe(DeliveryFailure failure) {
    String message = failure.getMessage();
    if (failure.getCause() != null && failure.getCause().getMessage() != null) {
      message = message + ": " + failure.getCause().getMessage();
    }
    // the column is text, but one runaway stack of messages should not fill it
    return message.length() > 1000 ? message.substring(0, 1000) : message;
  }
}
