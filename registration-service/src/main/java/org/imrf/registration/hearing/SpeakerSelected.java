package org.imrf.registration.hearing;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;
import org.imrf.backbone.language.MultilingualText;

/**
 * Organisers selected a speaker: they join the end of the session's running order. Carries what the
 * speaker is told, with times as instants and the zones to show them in. Version 2 carries the
 * session's title in each UN language given ({@code sessionTitles}).
 */
@EventType(name = "imrf.hearing.speaker-selected", version = 2)
record SpeakerSelected(
    UUID requestId,
    String editionId,
    UUID sessionId,
    MultilingualText sessionTitles,
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
