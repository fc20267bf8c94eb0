package org.imrf.registration.edition;

import java.time.Instant;
import org.imrf.backbone.events.EventType;
import org.imrf.backbone.language.MultilingualText;

/**
 * An edition's dates or programme times changed: everyone concerned must hear of it. Carries the
 * schedule before and after. Version 2 carries titles in each UN language given ({@code titles}).
 */
@EventType(name = "imrf.edition.rescheduled", version = 2)
record EditionRescheduled(
    String editionId,
    MultilingualText titles,
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
