package org.imrf.notification.confirmation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * This service's own copy of registration-service's access-link event, with only what it reads: the
 * link arrives sealed, and this service holds the key that opens it.
 */
record AccessLinkIssued(UUID participantId, String sealedLink, Instant expiresAt, String reason) {

  static final String TYPE = "imrf.participant.access-link-issued.v1";

  AccessLinkIssued {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(sealedLink, "sealedLink");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(reason, "reason");
  }

  /** A fresh link asked for by address: earlier links work until this one is first opened. */
  boolean requested() {
    return "requested".equals(reason);
  }

  /** The link given at registration, which the confirmation carries. */
  boolean atRegistration() {
    return "registration".equals(reason);
  }
}
