package org.imrf.identity.attendee;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.imrf.edge.accesslinks.AccessLinkHash;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which access links open something, as registration-service's events say; and the first time each
 * one is used, which only this service sees.
 */
@Service
public class AccessLinkRegistry {

  private final AccessLinkStore store;
  private final AccessLinkEvents events;
  private final Clock clock;

  AccessLinkRegistry(AccessLinkStore store, AccessLinkEvents events, Clock clock) {
    this.store = store;
    this.events = events;
    this.clock = clock;
  }

  /** Runs in the transaction that records the event as processed. */
  public void accept(AccessLinkIssued issued) {
    store.add(issued);
  }

  /** Runs in the transaction that records the event as processed. */
  public void revoke(AccessLinkRevoked revoked) {
    store.revoke(revoked.tokenHash(), revoked.revokedAt());
  }

  /**
   * Forgets an erased participant's links (their hashes and whose they were). Runs in the
   * transaction that records the event as processed.
   */
  public void forget(ParticipantErased erased) {
    store.forget(erased.participantId());
  }

  /**
   * Whose link this token is, if it opens anything now. Its first use is recorded and published
   * ({@link AccessLinkFirstUsed}), once however many exchanges race: registration-service then ends
   * the participant's older links.
   */
  @Transactional
  public Optional<ActiveLink> use(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{20,200}")) {
      return Optional.empty();
    }
    String hash = AccessLinkHash.of(token);
    Instant now = Instant.now(clock);
    Optional<ActiveLink> link = store.active(hash, now);
    if (link.isPresent() && store.markFirstUsed(hash, now)) {
      events.firstUsed(new AccessLinkFirstUsed(link.get().participantId(), hash, now));
    }
    return link;
  }
}
