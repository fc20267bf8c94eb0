package org.imrf.identity.attendee;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The hashes of the access links registration-service issued. */
interface AccessLinkStore {

  /** Adds a link; a link already known is left as it is. */
  void add(AccessLinkIssued issued);

  void revoke(String tokenHash, Instant at);

  /** The link with this hash, if it is neither revoked nor expired at {@code now}. */
  Optional<ActiveLink> active(String tokenHash, Instant now);

  /**
   * Records the link's first use, unless one was recorded already (by this exchange or a concurrent
   * one).
   *
   * @return whether this call recorded it
   */
  boolean markFirstUsed(String tokenHash, Instant at);

  /** Every link of a participant that identity-service keeps, newest expiry first. */
  List<KeptLink> linksOf(UUID participantId);

  /** Deletes every link of a participant; returns how many. */
  int forget(UUID participantId);
}
