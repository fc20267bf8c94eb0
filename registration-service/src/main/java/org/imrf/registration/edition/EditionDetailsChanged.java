package org.imrf.registration.edition;

import java.time.Instant;
import org.imrf.backbone.events.EventType;

/** An edition's title, venue or registration window changed; its schedule did not. */
@EventType(name = "imrf.edition.details-changed", version = 1)
public record EditionDetailsChanged(
    String editionId,
    String title,
    String venue,
    Instant registrationOpensAt,
    Instant registrationClosesAt,
    String changedBy,
    Instant changedAt)
    implements EditionEvent {

  @Override
  public String aggregateId() {
    return editionId;
  }

  @Override
  public Instant occurredAt() {
    return changedAt;
  }
}
