package org.imrf.registration.badge;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/**
 * An in-person participant got a badge; when it replaces one (lost, say), the old one no longer
 * admits anyone. The event never carries the badge's code.
 */
@EventType(name = "imrf.badge.issued", version = 1)
record BadgeIssued(
    UUID participantId,
    String editionId,
    boolean replacesEarlier,
    String issuedBy,
    Instant issuedAt)
    implements CheckInEvent {

  @Override
  public String aggregateId() {
    return participantId.toString();
  }

  @Override
  public Instant occurredAt() {
    return issuedAt;
  }
}
