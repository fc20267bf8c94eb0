package org.imrf.gateway.sessions;

import java.util.Objects;
import java.util.UUID;

/** The gateway's copy of registration-service's {@code imrf.participant.access-link-revoked.v1}. */
public record AccessLinkRevoked(UUID participantId, String tokenHash) {

  public static final String TYPE = "imrf.participant.access-link-revoked.v1";

  public AccessLinkRevoked {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(tokenHash, "tokenHash");
  }
}
