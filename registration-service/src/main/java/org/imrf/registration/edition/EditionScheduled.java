package org.imrf.registration.edition;

import java.time.Instant;
import org.imrf.backbone.events.EventType;
import org.imrf.backbone.language.MultilingualText;

/**
 * An edition was set up: everything about it, so that readers need not ask. Version 2 carries its
 * title, and its segments', in each UN language given ({@code titles}) instead of English alone.
 */
@EventType(name = "imrf.edition.scheduled", version = 2)
record EditionScheduled(
    String editionId,
    MultilingualText titles,
    ScheduleView schedule,
    String venue,
    String timeZone,
    Instant registrationOpensAt,
    Instant registrationClosesAt,
    boolean demo,
    String scheduledBy,
    Instant scheduledAt)
    implements EditionEvent {

  @Override
  public String aggregateId() {
    return editionId;
  }

  @Override
  public Instant occurredAt() {
    return scheduledAt;
  }
}
