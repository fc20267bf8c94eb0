package org.imrf.registration.hearing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.events.EventType;
import org.imrf.backbone.language.MultilingualText;

/**
 * Organisers set a session's running order: the whole order as it now stands, with each speaker's
 * time limit and planned start. Selections and declines are events of their own. Version 2 carries
 * the session's title in each UN language given ({@code sessionTitles}).
 */
@EventType(name = "imrf.hearing.running-order-set", version = 2)
record RunningOrderSet(
    String editionId,
    UUID sessionId,
    MultilingualText sessionTitles,
    Instant sessionStartsAt,
    String timeZone,
    List<Turn> speakers,
    String setBy,
    Instant setAt)
    implements HearingEvent {

  public RunningOrderSet {
    speakers = List.copyOf(speakers);
  }

  /** One speaker's turn. */
  public record Turn(
      UUID requestId,
      UUID participantId,
      int position,
      String speakingTime,
      Instant plannedStartAt) {}

  @Override
  public String aggregateId() {
    return editionId;
  }

  @Override
  public Instant occurredAt() {
    return setAt;
  }
}
