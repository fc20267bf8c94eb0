package org.imrf.notification.confirmation;

import java.util.Objects;
import java.util.UUID;

/** This service's copy of accreditation-refused: the reason is told to the participant. */
public record AccreditationRefused(UUID participantId, String reason) {

  public static final String TYPE = "imrf.accreditation.refused.v1";

  public AccreditationRefused {
    Objects.requireNonNull(participantId, "participantId");
  }
}
