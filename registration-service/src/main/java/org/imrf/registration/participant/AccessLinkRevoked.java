package org.imrf.registration.participant;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/** A participant's access link no longer opens anything. */
@EventType(name = "imrf.participant.access-link-revoked", version = 1)
public record AccessLinkRevoked(
    UUID participantId, String tokenHash, String revokedBy, Instant revokedAt)
    implements ParticipantEvent {

  @Override
  public String aggregateId() {
    return participantId.toString();
  }

  @Override
  public Instant occurredAt() {
    return revokedAt;
  }
}
