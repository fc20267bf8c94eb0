package org.imrf.notification.accreditation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * This service's copy of accreditation-provisionally-approved: until when Member States may object.
 */
record AccreditationProvisionallyApproved(UUID participantId, Instant objectionsUntil) {

  static final String TYPE = "imrf.accreditation.provisionally-approved.v1";

  AccreditationProvisionallyApproved {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(objectionsUntil, "objectionsUntil");
  }
}
