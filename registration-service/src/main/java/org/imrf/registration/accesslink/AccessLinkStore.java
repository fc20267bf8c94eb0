package org.imrf.registration.accesslink;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The hashes of the access links given to participants. */
interface AccessLinkStore {

  void add(
      String tokenHash, UUID participant, Instant issuedAt, String issuedBy, Instant expiresAt);

  /** Hashes of the participant's links that are neither revoked nor expired at {@code now}. */
  List<String> active(UUID participant, Instant now);

  /**
   * Hashes of the participant's links issued before {@code issuedAt} that are neither revoked nor
   * expired at {@code now}, locked until the transaction ends.
   */
  List<String> activeIssuedBefore(UUID participant, Instant issuedAt, Instant now);

  /** When the participant's link with this hash was issued, if they have such a link. */
  Optional<Instant> issuedAt(String tokenHash, UUID participant);

  void revoke(String tokenHash, Instant at, String by);

  /** Every link the participant was given, oldest first, without its hash. */
  List<IssuedLink> history(UUID participant);
}
