package org.imrf.notification.hearing;

import java.util.Objects;
import java.util.UUID;

/** This service's copy of speaker-declined: the reason is told to the speaker. */
public record SpeakerDeclined(UUID participantId, String sessionTitle, String reason) {

  public static final String TYPE = "imrf.hearing.speaker-declined.v1";

  public SpeakerDeclined {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(sessionTitle, "sessionTitle");
  }
}
