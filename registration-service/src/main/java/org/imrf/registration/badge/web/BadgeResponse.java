package org.imrf.registration.badge.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.imrf.registration.badge.IssuedBadge;

/** A participant's badge as the API shows it. */
@Schema(name = "Badge")
record BadgeResponse(
    UUID participant,
    String edition,
    @Schema(example = "International Migration Review Forum 2026") String editionTitle,
    @Schema(description = "As printed, in any script") String name,
    String organisation,
    @Schema(example = "member-state") String category,
    @Schema(
            description = "The category as printed, in the participant's preferred language",
            example = "Member State")
        String categoryLabel,
    @Schema(
            description = "The participant's preferred UN language, which the badge is printed in",
            example = "en")
        String language,
    @Schema(
            description =
                "What the QR code carries: IMRF1.<badge id>.<signature>. Whoever holds it can be"
                    + " checked in as the participant, once.",
            example = "IMRF1.q3Vb0xR7nE2mJ8sT4wYc1A.Zk3m9Qv7xN2pL5sR8tW1yB4cE6fH0jK3mP7qS9uV2xZ")
        String token,
    Instant issuedAt) {

  static BadgeResponse of(IssuedBadge issued) {
    return new BadgeResponse(
        issued.participant().id(),
        issued.participant().editionId(),
        issued.face().editionTitle(),
        issued.face().name(),
        issued.face().organisation(),
        issued.face().category().code(),
        issued.face().categoryLabel(),
        issued.face().language().code(),
        issued.face().token(),
        issued.badge().issuedAt());
  }
}
