package org.imrf.registration.participant;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/**
 * A registration needs accreditation: confirmation by the organisation's focal point (ECOSOC track)
 * or a special accreditation application.
 */
@EventType(name = "imrf.accreditation.requested", version = 1)
public record AccreditationRequested(
    UUID participantId,
    String editionId,
    String track,
    String organisation,
    String category,
    Instant requestedAt)
    implements ParticipantEvent {

  @Override
  public String aggregateId() {
    return participantId.toString();
  }

  @Override
  public Instant occurredAt() {
    return requestedAt;
  }
}
