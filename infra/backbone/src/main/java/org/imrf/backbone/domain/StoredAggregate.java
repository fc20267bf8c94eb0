package org.imrf.backbone.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * An aggregate loaded from its stored state, for when its events do not carry the whole state (what
 * must never leave the service): a command method checks the rule, changes the state, then calls
 * {@link #record}; the application service saves the state and publishes {@link #recordedEvents()}
 * in one transaction. Where the events carry the whole state, prefer {@link Aggregate}, whose state
 * follows from its events alone.
 *
 * @param <E> the aggregate's events, usually a sealed interface of records
 */
public abstract class StoredAggregate<E> implements RecordsEvents<E> {

  private final List<E> recorded = new ArrayList<>();

  /** Keeps the event to be published; the command has changed the state already. */
  protected final void record(E event) {
    recorded.add(event);
  }

  @Override
  public final List<E> recordedEvents() {
    return List.copyOf(recorded);
  }
}
