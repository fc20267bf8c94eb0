package org.imrf.notification.confirmation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** This service's copy of waiting-list-promoted. */
public record WaitingListPromoted(UUID participantId, Instant promotedAt) {

  public static final String TYPE = "imrf.participant.waiting-list-promoted.v1";

  public WaitingListPromoted {
    Objects.requireNonNull(participantId, "participantId");
  }
}
