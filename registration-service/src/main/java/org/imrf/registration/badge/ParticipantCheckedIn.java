package org.imrf.registration.badge;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/**
 * A participant arrived at the venue: their badge's first scan. Never twice for one participant.
 */
@EventType(name = "imrf.participant.checked-in", version = 1)
record ParticipantCheckedIn(
    UUID participantId, String editionId, String category, String checkedInBy, Instant checkedInAt)
    implements CheckInEvent {

  @Override
  public String aggregateId() {
    return participantId.toString();
  }

  @Override
  public Instant occurredAt() {
    return checkedInAt;
  }
}
