package org.imrf.edge.limits;

import java.time.Duration;

/** When a request must have arrived in full, counted from its first byte. */
record Deadline(long startedNanos, Duration allowed) {

  boolean passed() {
    return System.nanoTime() - startedNanos > allowed.toNanos();
  }

  RequestRefused refusal() {
    return RequestRefused.tooSlow(allowed);
  }
}
