package org.imrf.backbone.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * A past-tense fact about one aggregate, written to that aggregate's topic. Implementations are
 * immutable records annotated with {@link EventType}; their components are the JSON payload.
 */
public interface DomainEvent {

  /** The aggregate the event is about: the record key and the CloudEvents subject. */
  @JsonIgnore
  String aggregateId();

  /** When the state change happened: the CloudEvents time. */
  @JsonIgnore
  Instant occurredAt();

  /** The CloudEvents type of an event class, from its {@link EventType}. */
  static String typeOf(Class<? extends DomainEvent> eventClass) {
    EventType type = eventClass.getAnnotation(EventType.class);
    if (type == null) {
      throw new IllegalArgumentException(
          eventClass.getName() + " must be annotated with @EventType to be published");
    }
    return type.name() + ".v" + type.version();
  }
}
