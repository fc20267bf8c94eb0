package org.imrf.notification.confirmation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * This service's own copy of registration-service's access-link event, with only what it reads: the
 * link arrives sealed, and this service holds the key that opens it.
 */
public record AccessLinkIssued(
    UUID participantId, String sealedLink, Instant expiresAt, String reason) {

  public static final String TYPE = "imrf.participant.access-link-issued.v1";

  public AccessLinkIssued {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(sealedLink, "sealedLink");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(reason, "reason");
  }

  /** A fresh link asked for by address: earlier links work until this one is first opened. */
  public boolean requested() {
    return "requested".equals(reason);
  }

  /** The link given at registration, which the confirmation carries. */
  public boolean atRegistration() {
    return "registration".equals(reason);
  }
}
