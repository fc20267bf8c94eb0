package org.imrf.identity.attendee;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** identity-service's copy of registration-service's event: the hash, never the link. */
public record AccessLinkIssued(
    UUID participantId, String editionId, String tokenHash, Instant expiresAt) {

  public static final String TYPE = "imrf.participant.access-link-issued.v1";

  public AccessLinkIssued {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(editionId, "editionId");
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
