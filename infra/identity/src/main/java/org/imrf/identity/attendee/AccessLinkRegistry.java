package org.imrf.identity.attendee;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which access links open something, as registration-service's events say. */
@Service
public class AccessLinkRegistry {

  private final AccessLinkStore store;
  private final Clock clock;

  AccessLinkRegistry(AccessLinkStore store, Clock clock) {
    this.store = store;
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

  /** Whose link this token is, if it opens anything now. */
  @Transactional(readOnly = true)
  public Optional<ActiveLink> open(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{20,200}")) {
      return Optional.empty();
    }
    return store.active(hash(token), Instant.now(clock));
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
