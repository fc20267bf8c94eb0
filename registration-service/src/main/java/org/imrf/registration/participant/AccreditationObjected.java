package org.imrf.registration.participant;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/**
 * A Member State objected to a provisionally approved application, which goes back to the
 * organisers for a decision.
 */
@EventType(name = "imrf.accreditation.objected", version = 1)
public record AccreditationObjected(
    UUID participantId,
    String editionId,
    String raisedBy,
    String recordedBy,
    String reason,
    Instant objectedAt)
    implements ParticipantEvent {

  @Override
  public String aggregateId() {
    return participantId.toString();
  }

  @Override
  public Instant occurredAt() {
    return objectedAt;
  }
}
