package org.imrf.registration.badge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every badge ever issued, revoked ones included. */
interface Badges {

  /** The participant's badge in force, if one was issued. */
  Optional<Badge> inForce(UUID participantId);

  Optional<Badge> find(String badgeId);

  /** Adds a badge; the participant must have none in force. */
  void add(Badge badge);

  /**
   * Revokes the participant's badge in force.
   *
   * @return whether there was one
   */
  boolean revoke(UUID participantId, Badge.Revocation because, String by, Instant at);

  /** The participant's badges, oldest first. */
  List<Badge> all(UUID participantId);
}
