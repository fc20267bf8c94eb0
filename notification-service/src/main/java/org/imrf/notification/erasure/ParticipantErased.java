package org.imrf.notification.erasure;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** This service's copy of participant-erased. */
public record ParticipantErased(UUID participantId, Instant erasedAt) {

  public static final String TYPE = "imrf.participant.erased.v1";

  public ParticipantErased {
    Objects.requireNonNull(participantId, "participantId");
  }
}
