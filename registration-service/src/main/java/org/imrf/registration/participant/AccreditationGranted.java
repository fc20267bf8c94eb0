package org.imrf.registration.participant;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/**
 * A participant is accredited: confirmed by their focal point, approved after the non-objection
 * period, or approved by the organisers despite an objection.
 */
@EventType(name = "imrf.accreditation.granted", version = 1)
public record AccreditationGranted(
    UUID participantId, String editionId, String how, String grantedBy, Instant grantedAt)
    implements ParticipantEvent {

  @Override
  public String aggregateId() {
    return participantId.toString();
  }

  @Override
  public Instant occurredAt() {
    return grantedAt;
  }
}
