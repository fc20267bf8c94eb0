package org.imrf.registration.participant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The hashes of the access links given to participants. */
public interface AccessLinkStore {

  void add(
      String tokenHash, UUID participant, Instant issuedAt, String issuedBy, Instant expiresAt);

  /** Hashes of the participant's links that are neither revoked nor expired at {@code now}. */
  List<String> active(UUID participant, Instant now);

  void revoke(String tokenHash, Instant at, String by);

  /** Every link the participant was given, oldest first, without its hash. */
  List<IssuedLink> history(UUID participant);

  /** A link as the participant's data export shows it: when, by whom, until when. */
  record IssuedLink(
      Instant issuedAt, String issuedBy, Instant expiresAt, Instant revokedAt, String revokedBy) {}
}
