package org.imrf.notification.confirmation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** This service's copy of participant-cancelled. */
record ParticipantCancelled(UUID participantId, Instant cancelledAt) {

  static final String TYPE = "imrf.participant.cancelled.v1";

  ParticipantCancelled {
    Objects.requireNonNull(participantId, "participantId");
  }
}
