package org.imrf.notification.confirmation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** This service's copy of participant-cancelled. */
public record ParticipantCancelled(UUID participantId, Instant cancelledAt) {

  public static final String TYPE = "imrf.participant.cancelled.v1";

  public ParticipantCancelled {
    Objects.requireNonNull(participantId, "participantId");
  }
}
