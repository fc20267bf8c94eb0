package org.imrf.registration.hearing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/**
 * A stakeholder asked to speak in a session of the hearing. Carries neither the summary nor gender
 * nor lived experience: those stay with the organisers.
 */
@EventType(name = "imrf.hearing.speaker-requested", version = 1)
public record SpeakerRequested(
    UUID requestId,
    String editionId,
    UUID sessionId,
    String sessionTitle,
    UUID participantId,
    List<Integer> objectives,
    String requestedBy,
    Instant requestedAt)
    implements HearingEvent {

  @Override
  public String aggregateId() {
    return editionId;
  }

  @Override
  public Instant occurredAt() {
    return requestedAt;
  }
}
