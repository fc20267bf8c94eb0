package org.imrf.registration.accesslink;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * This service's own copy of identity-service's event: a participant's access link was exchanged
 * for a token for the first time.
 */
public record AccessLinkFirstUsed(UUID participantId, String tokenHash, Instant usedAt) {

  public static final String TYPE = "imrf.access-link.first-used.v1";

  public AccessLinkFirstUsed {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(usedAt, "usedAt");
  }
}
