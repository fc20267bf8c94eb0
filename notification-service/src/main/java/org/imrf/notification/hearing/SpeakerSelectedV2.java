package org.imrf.notification.hearing;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;

/**
 * This service's copy of speaker-selected, version 2: what the speaker is told about their turn,
 * the session's title in each UN language given.
 */
record SpeakerSelectedV2(
    UUID participantId,
    MultilingualText sessionTitles,
    String timeZone,
    String speakerTimeZone,
    int position,
    String speakingTime,
    Instant plannedStartAt) {

  static final String TYPE = "imrf.hearing.speaker-selected.v2";

  SpeakerSelectedV2 {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(sessionTitles, "sessionTitles");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(speakingTime, "speakingTime");
    Objects.requireNonNull(plannedStartAt, "plannedStartAt");
  }
}
