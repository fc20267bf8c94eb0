package org.imrf.notification.accreditation;

import java.util.Objects;
import java.util.UUID;

/**
 * This service's copy of accreditation-objected: the objecting state (ISO 3166-1 alpha-2) and its
 * reason, which the participant is told only as far as the disclosure setting allows.
 */
record AccreditationObjected(UUID participantId, String raisedBy, String reason) {

  static final String TYPE = "imrf.accreditation.objected.v1";

  AccreditationObjected {
    Objects.requireNonNull(participantId, "participantId");
  }
}
