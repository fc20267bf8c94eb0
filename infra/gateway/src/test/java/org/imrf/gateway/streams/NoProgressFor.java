package org.imrf.gateway.streams;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;

/** A condition for Awaitility: a counter that has not moved for a while (polled often enough). */
final class NoProgressFor implements Callable<Boolean> {

  private final long quietNanos;
  private final LongSupplier counter;
  private long last = Long.MIN_VALUE;
  private long since;

  NoProgressFor(Duration quiet, LongSupplier counter) {
    this.quietNanos = quiet.toNanos();
    this.counter = counter;
  }

  @Override
  public Boolean call() {
    long now = System.nanoTime();
    long value = counter.getAsLong();
    if (value != last) {
      last = value;
      since = now;
      return false;
    }
    return now - since >= quietNanos;
  }
}
