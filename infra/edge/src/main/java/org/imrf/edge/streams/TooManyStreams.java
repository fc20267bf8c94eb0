package org.imrf.edge.streams;

import java.time.Duration;

/** No slot for one more stream: the caller's own streams, or everyone's, reached their cap. */
public class TooManyStreams extends RuntimeException {

  /** When to try again: slots free as streams end, and nobody can say when that will be. */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

  /** Whose streams are too many. */
  public enum Scope {
    /** the caller's own */
    CALLER,
    /** everyone's together */
    ALL
  }

  private final Scope scope;

  public TooManyStreams(Scope scope) {
    super(
        scope == Scope.CALLER
            ? "You have as many live streams open as one caller may. Close one, or try again later."
            : "As many live streams are open as the platform serves at once. Please try again"
                + " later.");
    this.scope = scope;
  }

  public Scope scope() {
    return scope;
  }
}
