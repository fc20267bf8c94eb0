package org.imrf.registration.participant;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/** A participant's accreditation was refused, with the reason they are told. */
@EventType(name = "imrf.accreditation.refused", version = 1)
public record AccreditationRefused(
    UUID participantId, String editionId, String refusedBy, String reason, Instant refusedAt)
    implements ParticipantEvent {

  @Override
  public String aggregateId() {
    return participantId.toString();
  }

  @Override
  public Instant occurredAt() {
    return refusedAt;
  }
}
