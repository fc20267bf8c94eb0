package org.imrf.registration.edition;

import java.time.Instant;
import java.util.List;
import org.imrf.backbone.events.EventType;
import org.imrf.backbone.language.MultilingualText;

/**
 * An edition's title, venue, registration window or its segments' titles changed; its dates and
 * times did not. Version 2 carries titles in each UN language given ({@code titles}) and the
 * programme, whose titles a translation may have changed.
 */
@EventType(name = "imrf.edition.details-changed", version = 2)
record EditionDetailsChanged(
    String editionId,
    MultilingualText titles,
    String venue,
    Instant registrationOpensAt,
    Instant registrationClosesAt,
    List<ScheduleView.SegmentView> programme,
    String changedBy,
    Instant changedAt)
    implements EditionEvent {

  public EditionDetailsChanged {
    programme = List.copyOf(programme);
  }

  @Override
  public String aggregateId() {
    return editionId;
  }

  @Override
  public Instant occurredAt() {
    return changedAt;
  }
}
