package org.imrf.notification.confirmation;

import java.util.Objects;
import java.util.UUID;

/** This service's copy of accreditation-granted. */
public record AccreditationGranted(UUID participantId, String how) {

  public static final String TYPE = "imrf.accreditation.granted.v1";

  public AccreditationGranted {
    Objects.requireNonNull(participantId, "participantId");
  }
}
