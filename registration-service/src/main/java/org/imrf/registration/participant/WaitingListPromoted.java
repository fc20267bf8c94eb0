package org.imrf.registration.participant;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/**
 * A place freed up in the participant's organisation: they move from its waiting list to attending
 * in person.
 */
@EventType(name = "imrf.participant.waiting-list-promoted", version = 1)
public record WaitingListPromoted(
    UUID participantId, String editionId, String organisation, Instant promotedAt)
    implements ParticipantEvent {

  @Override
  public String aggregateId() {
    return participantId.toString();
  }

  @Override
  public Instant occurredAt() {
    return promotedAt;
  }
}
