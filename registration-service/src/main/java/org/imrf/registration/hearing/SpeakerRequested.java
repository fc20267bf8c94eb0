package org.imrf.registration.hearing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.events.EventType;
import org.imrf.backbone.language.MultilingualText;

/**
 * A stakeholder asked to speak in a session of the hearing. Carries neither the summary nor gender
 * nor lived experience: those stay with the organisers. Version 2 carries the session's title in
 * each UN language given ({@code sessionTitles}).
 */
@EventType(name = "imrf.hearing.speaker-requested", version = 2)
record SpeakerRequested(
    UUID requestId,
    String editionId,
    UUID sessionId,
    MultilingualText sessionTitles,
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
