package org.imrf.edge.streams;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The open streams of one entry point: each stream holds a slot from opening to its end, at most
 * {@code total} in all and a given number per caller. Thread-safe; a caller's count is forgotten
 * when its last stream ends.
 */
public final class StreamSlots {

  private final int total;
  private final AtomicInteger open = new AtomicInteger();
  private final Map<String, Integer> byCaller = new ConcurrentHashMap<>();

  /**
   * @param total the most streams open at once, whoever opened them
   */
  public StreamSlots(int total) {
    if (total < 1) {
      throw new IllegalArgumentException("at least one stream must be allowed, not " + total);
    }
    this.total = total;
  }

  /**
   * A slot for one more stream of {@code caller}.
   *
   * @param caller who opens it (an account, or a client address when nobody is signed in)
   * @param perCaller the most streams that caller may hold open at once
   * @throws TooManyStreams if the caller, or everyone together, holds as many as allowed
   */
  public Slot take(String caller, int perCaller) {
    // never past the cap, not even for a moment: open() is what the metrics and tests see
    int now;
    do {
      now = open.get();
      if (now >= total) {
        throw new TooManyStreams(TooManyStreams.Scope.ALL);
      }
    } while (!open.compareAndSet(now, now + 1));
    boolean[] granted = {false};
    byCaller.compute(
        caller,
        (key, held) -> {
          int count = held == null ? 0 : held;
          if (count >= perCaller) {
            return held;
          }
          granted[0] = true;
          return count + 1;
        });
    if (!granted[0]) {
      open.decrementAndGet();
      throw new TooManyStreams(TooManyStreams.Scope.CALLER);
    }
    return new Slot(caller);
  }

  /** Streams open now, in all. */
  public int open() {
    return open.get();
  }

  /** Streams {@code caller} holds open now. */
  public int openBy(String caller) {
    return byCaller.getOrDefault(caller, 0);
  }

  /** One open stream's place; closing it (once or more) frees the place. */
  public final class Slot implements AutoCloseable {

    private final String caller;
    private final AtomicBoolean released = new AtomicBoolean();

    private Slot(String caller) {
      this.caller = caller;
    }

    public String caller() {
      return caller;
    }

    @Override
    public void close() {
      if (released.compareAndSet(false, true)) {
        byCaller.computeIfPresent(caller, (key, held) -> held <= 1 ? null : held - 1);
        open.decrementAndGet();
      }
    }
  }
}
