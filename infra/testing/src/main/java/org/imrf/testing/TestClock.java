package org.imrf.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in a {@link ServiceTest}: the real time, until a test moves it forward to see
 * what happens when a period ends, instead of waiting for it; {@link #reset()} puts it back.
 */
public final class TestClock extends Clock {

  private volatile Duration ahead = Duration.ZERO;

  /** Moves the clock forward so that it reads at least {@code instant}. */
  public void advanceTo(Instant instant) {
    Duration missing = Duration.between(instant(), instant);
    if (!missing.isNegative()) {
      ahead = ahead.plus(missing);
    }
  }

  /** Back to the real time. */
  public void reset() {
    ahead = Duration.ZERO;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(ahead);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    TestClock moved = this;
    return new Clock() {
      @Override
      public Instant instant() {
        return moved.instant();
      }

      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return moved.withZone(other);
      }
    };
  }
}
