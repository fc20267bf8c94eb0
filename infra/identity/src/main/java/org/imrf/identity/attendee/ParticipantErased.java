package org.imrf.identity.attendee;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** identity-service's copy of registration-service's participant-erased. */
public record ParticipantErased(UUID participantId, Instant erasedAt) {

  public static final String TYPE = "imrf.participant.erased.v1";

  public ParticipantErased {
    Objects.requireNonNull(participantId, "participantId");
  }
}
