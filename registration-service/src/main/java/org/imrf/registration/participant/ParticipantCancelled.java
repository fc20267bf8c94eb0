package org.imrf.registration.participant;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/**
 * A registration was cancelled, by the participant or an organiser: they no longer take part, and
 * their access links no longer work.
 */
@EventType(name = "imrf.participant.cancelled", version = 1)
public record ParticipantCancelled(
    UUID participantId, String editionId, String cancelledBy, String reason, Instant cancelledAt)
    implements ParticipantEvent {

  @Override
  public String aggregateId() {
    return participantId.toString();
  }

  @Override
  public Instant occurredAt() {
    return cancelledAt;
  }
}
