package org.imrf.registration.hearing;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/**
 * Organisers selected a speaker: they join the end of the session's running order. Carries what the
 * speaker is told, with times as instants and the zones to show them in.
 */
@EventType(name = "imrf.hearing.speaker-selected", version = 1)
public record SpeakerSelected(
    UUID requestId,
    String editionId,
    UUID sessionId,
    String sessionTitle,
    Instant sessionStartsAt,
    String timeZone,
    UUID participantId,
    String speakerTimeZone,
    int position,
    String speakingTime,
    Instant plannedStartAt,
    String selectedBy,
    Instant selectedAt)
    implements HearingEvent {

  @Override
  public String aggregateId() {
    return editionId;
  }

  @Override
  public Instant occurredAt() {
    return selectedAt;
  }
}
