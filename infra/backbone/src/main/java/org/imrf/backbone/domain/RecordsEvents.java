package org.imrf.backbone.domain;

import java.util.List;

/**
 * An aggregate as its application service sees it after a command: the events to publish.
 *
 * @param <E> the aggregate's events
 */
public interface RecordsEvents<E> {

  /** The events recorded since this instance was loaded, oldest first. */
  List<E> recordedEvents();
}
