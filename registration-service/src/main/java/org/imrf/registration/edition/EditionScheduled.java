package org.imrf.registration.edition;

import java.time.Instant;
import org.imrf.backbone.events.EventType;

/** An edition was set up: everything about it, so that readers need not ask. */
@EventType(name = "imrf.edition.scheduled", version = 1)
public record EditionScheduled(
    String editionId,
    String title,
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
