package org.imrf.registration.participant;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/**
 * The participant's personal data was erased at their request: every service that holds anything
 * about them forgets it. Carries nothing personal itself.
 *
 * @param requestedBy {@code participant} when they asked themselves, else the organiser who acted
 *     on their request
 */
@EventType(name = "imrf.participant.erased", version = 1)
public record ParticipantErased(
    UUID participantId, String editionId, String requestedBy, Instant erasedAt)
    implements ParticipantEvent {

  @Override
  public String aggregateId() {
    return participantId.toString();
  }

  @Override
  public Instant occurredAt() {
    return erasedAt;
  }
}
