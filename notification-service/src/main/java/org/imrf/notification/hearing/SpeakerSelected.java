package org.imrf.notification.hearing;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;

/**
 * This service's copy of speaker-selected, version 1 (no longer published, read until its records
 * age out of the topic): what the speaker is told about their turn, the session titled in English.
 */
record SpeakerSelected(
    UUID participantId,
    String sessionTitle,
    String timeZone,
    String speakerTimeZone,
    int position,
    String speakingTime,
    Instant plannedStartAt) {

  static final String TYPE = "imrf.hearing.speaker-selected.v1";

  SpeakerSelected {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(sessionTitle, "sessionTitle");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(speakingTime, "speakingTime");
    Objects.requireNonNull(plannedStartAt, "plannedStartAt");
  }

  /** As version 2 carries it. */
  SpeakerSelectedV2 read() {
    return new SpeakerSelectedV2(
        participantId,
        MultilingualText.english(sessionTitle),
        timeZone,
        speakerTimeZone,
        position,
        speakingTime,
        plannedStartAt);
  }
}
