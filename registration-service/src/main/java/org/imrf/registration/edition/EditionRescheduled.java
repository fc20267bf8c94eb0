package org.imrf.registration.edition;

import java.time.Instant;
import org.imrf.backbone.events.EventType;

/**
 * An edition's dates or programme times changed: everyone concerned must hear of it. Carries the
 * schedule before and after.
 */
@EventType(name = "imrf.edition.rescheduled", version = 1)
public record EditionRescheduled(
    String editionId,
    String title,
    String timeZone,
    ScheduleView previous,
    ScheduleView current,
    String rescheduledBy,
    Instant rescheduledAt)
    implements EditionEvent {

  @Override
  public String aggregateId() {
    return editionId;
  }

  @Override
  public Instant occurredAt() {
    return rescheduledAt;
  }
}
