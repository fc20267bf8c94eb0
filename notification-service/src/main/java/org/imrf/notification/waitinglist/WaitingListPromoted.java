package org.imrf.notification.waitinglist;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** This service's copy of waiting-list-promoted. */
record WaitingListPromoted(UUID participantId, Instant promotedAt) {

  static final String TYPE = "imrf.participant.waiting-list-promoted.v1";

  WaitingListPromoted {
    Objects.requireNonNull(participantId, "participantId");
  }
}
