package org.imrf.backbone.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * An aggregate whose state changes only by applying the events it records, so state and events
 * never disagree. A command method checks the rule, then calls {@link #record}; the application
 * service saves the state and publishes {@link #recordedEvents()} in one transaction. A test
 * rebuilds the state from history with {@link #replay} (given events, when command, then events).
 *
 * @param <E> the aggregate's events, usually a sealed interface of records
 */
public abstract class Aggregate<E> implements RecordsEvents<E> {

  private final List<E> recorded = new ArrayList<>();

  /** Changes the state as the event says; never refuses (the rule was checked before). */
  protected abstract void apply(E event);

  /** Applies the event and keeps it to be published. */
  protected final void record(E event) {
    apply(event);
    recorded.add(event);
  }

  /** The events recorded since this instance was loaded or replayed, oldest first. */
  @Override
  public final List<E> recordedEvents() {
    return List.copyOf(recorded);
  }

  /** Rebuilds the state from past events; they are not recorded again. */
  public final void replay(Iterable<? extends E> history) {
    for (E event : history) {
      apply(event);
    }
  }
}
