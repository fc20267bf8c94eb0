package org.imrf.registration.hearing;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;
import org.imrf.backbone.language.MultilingualText;

/**
 * Organisers declined a request to speak, with the reason the speaker is told; a selected speaker
 * leaves the running order. Version 2 carries the session's title in each UN language given ({@code
 * sessionTitles}).
 */
@EventType(name = "imrf.hearing.speaker-declined", version = 2)
record SpeakerDeclined(
    UUID requestId,
    String editionId,
    UUID sessionId,
    MultilingualText sessionTitles,
    UUID participantId,
    boolean wasSelected,
    String reason,
    String declinedBy,
    Instant declinedAt)
    implements HearingEvent {

  @Override
  public String aggregateId() {
    return editionId;
  }

  @Override
  public Instant occurredAt() {
    return declinedAt;
  }
}
