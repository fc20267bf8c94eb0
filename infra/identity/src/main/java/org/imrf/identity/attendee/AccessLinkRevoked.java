package org.imrf.identity.attendee;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** identity-service's copy of registration-service's event. */
public record AccessLinkRevoked(UUID participantId, String tokenHash, Instant revokedAt) {

  public static final String TYPE = "imrf.participant.access-link-revoked.v1";

  public AccessLinkRevoked {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(revokedAt, "revokedAt");
  }
}
