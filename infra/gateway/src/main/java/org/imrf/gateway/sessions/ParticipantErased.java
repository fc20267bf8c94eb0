package org.imrf.gateway.sessions;

import java.util.Objects;
import java.util.UUID;

/** The gateway's copy of registration-service's {@code imrf.participant.erased.v1}. */
public record ParticipantErased(UUID participantId) {

  public static final String TYPE = "imrf.participant.erased.v1";

  public ParticipantErased {
    Objects.requireNonNull(participantId, "participantId");
  }
}
