package org.imrf.registration.participant;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/**
 * A special accreditation application was provisionally approved: Member States may object until
 * the non-objection period ends, after which it is approved.
 */
@EventType(name = "imrf.accreditation.provisionally-approved", version = 1)
public record AccreditationProvisionallyApproved(
    UUID participantId,
    String editionId,
    String approvedBy,
    Instant objectionsUntil,
    Instant approvedAt)
    implements ParticipantEvent {

  @Override
  public String aggregateId() {
    return participantId.toString();
  }

  @Override
  public Instant occurredAt() {
    return approvedAt;
  }
}
