package org.imrf.backbone.ratelimit;

import java.time.Duration;

/** Too many requests from one client address or for one email address. */
public class RateLimitExceeded extends RuntimeException {

  private final Duration retryAfter;

  public RateLimitExceeded(String what, Duration retryAfter) {
    super("Too many requests " + what + ". Please try again later.");
    this.retryAfter = retryAfter;
  }

  /** When the next request would be accepted. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
