package org.imrf.registration.accesslink;

import java.time.Instant;

/** A link as the participant's data export shows it: when, by whom, until when; never its hash. */
public record IssuedLink(
    Instant issuedAt, String issuedBy, Instant expiresAt, Instant revokedAt, String revokedBy) {}
