package org.imrf.registration.participant;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/**
 * Someone registered for a forum edition. Carries what other services need to act on it without
 * asking registration-service.
 */
@EventType(name = "imrf.participant.registered", version = 1)
public record ParticipantRegistered(
    UUID participantId,
    String editionId,
    String editionTitle,
    String name,
    String email,
    String preferredLanguage,
    Instant registeredAt)
    implements ParticipantEvent {

  @Override
  public String aggregateId() {
    return participantId.toString();
  }

  @Override
  public Instant occurredAt() {
    return registeredAt;
  }
}
