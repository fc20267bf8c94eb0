package org.imrf.registration.participant;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/**
 * A participant was given a personal access link. The token's hash lets the identity provider
 * accept it; the link itself is sealed, readable only by services holding the sealing key.
 */
@EventType(name = "imrf.participant.access-link-issued", version = 1)
public record AccessLinkIssued(
    UUID participantId,
    String editionId,
    String tokenHash,
    String sealedLink,
    Instant expiresAt,
    String reason,
    String issuedBy,
    Instant issuedAt)
    implements ParticipantEvent {

  @Override
  public String aggregateId() {
    return participantId.toString();
  }

  @Override
  public Instant occurredAt() {
    return issuedAt;
  }
}
