package org.imrf.notification.confirmation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * This service's copy of accreditation-provisionally-approved: until when Member States may object.
 */
public record AccreditationProvisionallyApproved(UUID participantId, Instant objectionsUntil) {

  public static final String TYPE = "imrf.accreditation.provisionally-approved.v1";

  public AccreditationProvisionallyApproved {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(objectionsUntil, "objectionsUntil");
  }
}
