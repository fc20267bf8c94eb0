package org.imrf.notification.accreditation;

import java.util.Objects;
import java.util.UUID;

/** This service's copy of accreditation-granted. */
record AccreditationGranted(UUID participantId, String how) {

  static final String TYPE = "imrf.accreditation.granted.v1";

  AccreditationGranted {
    Objects.requireNonNull(participantId, "participantId");
  }
}
