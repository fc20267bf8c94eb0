package org.imrf.notification.hearing;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** This service's copy of speaker-selected: what the speaker is told about their turn. */
public record SpeakerSelected(
    UUID participantId,
    String sessionTitle,
    String timeZone,
    String speakerTimeZone,
    int position,
    String speakingTime,
    Instant plannedStartAt) {

  public static final String TYPE = "imrf.hearing.speaker-selected.v1";

  public SpeakerSelected {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(sessionTitle, "sessionTitle");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(speakingTime, "speakingTime");
    Objects.requireNonNull(plannedStartAt, "plannedStartAt");
  }
}
