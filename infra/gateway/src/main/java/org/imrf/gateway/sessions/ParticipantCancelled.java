package org.imrf.gateway.sessions;

import java.util.Objects;
import java.util.UUID;

/** The gateway's copy of registration-service's {@code imrf.participant.cancelled.v1}. */
public record ParticipantCancelled(UUID participantId) {

  public static final String TYPE = "imrf.participant.cancelled.v1";

  public ParticipantCancelled {
    Objects.requireNonNull(participantId, "participantId");
  }
}
