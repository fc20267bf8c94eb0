package org.imrf.registration.participant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/**
 * A participant (or an organiser for them) changed their details. Carries the current value of
 * every detail other services keep, and which of them changed.
 */
@EventType(name = "imrf.participant.details-changed", version = 1)
public record ParticipantDetailsChanged(
    UUID participantId,
    String editionId,
    List<String> changed,
    String name,
    String preferredLanguage,
    String attendance,
    List<String> accessibility,
    String timeZone,
    boolean publicListing,
    String changedBy,
    Instant changedAt)
    implements ParticipantEvent {

  @Override
  public String aggregateId() {
    return participantId.toString();
  }

  @Override
  public Instant occurredAt() {
    return changedAt;
  }
}
