package org.imrf.registration.badge;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.domain.Coded;

/**
 * A participant's badge: what its QR code identifies. At most one per participant is in force.
 *
 * @param id 128 random bits, Base64url: what the signed token carries
 * @param participantId whose badge it is
 * @param editionId the edition it admits to
 * @param issuedAt when it was issued
 * @param issuedBy who asked for it first: the participant, an organiser or check-in staff
 * @param revokedAt when it stopped admitting anyone, else null
 * @param revokedBecause why, else null
 */
public record Badge(
    String id,
    UUID participantId,
    String editionId,
    Instant issuedAt,
    String issuedBy,
    Instant revokedAt,
    Revocation revokedBecause) {

  /** Why a badge no longer admits anyone. */
  public enum Revocation implements Coded {
    /** Replaced by a new badge, e.g. for one that was lost. */
    REISSUED("reissued"),
    /** The participant's personal data was erased. */
    ERASED("erased");

    private final String code;

    Revocation(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }
}
