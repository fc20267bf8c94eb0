package org.imrf.backbone.forgetting;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The facility's own copy of registration-service's participant-erased. */
record ParticipantErased(UUID participantId, Instant erasedAt) {

  static final String TYPE = "imrf.participant.erased.v1";

  ParticipantErased {
    Objects.requireNonNull(participantId, "participantId");
  }
}
