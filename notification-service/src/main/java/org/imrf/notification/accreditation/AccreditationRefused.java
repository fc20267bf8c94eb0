package org.imrf.notification.accreditation;

import java.util.Objects;
import java.util.UUID;

/** This service's copy of accreditation-refused: the reason is told to the participant. */
record AccreditationRefused(UUID participantId, String reason) {

  static final String TYPE = "imrf.accreditation.refused.v1";

  AccreditationRefused {
    Objects.requireNonNull(participantId, "participantId");
  }
}
