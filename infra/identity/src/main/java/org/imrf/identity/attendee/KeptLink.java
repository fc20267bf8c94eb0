package org.imrf.identity.attendee;

import java.time.Instant;

/**
 * An access link as the participant's export shows what identity-service keeps of it: for which
 * edition, until when, whether it was revoked and when it was first used; never its hash.
 */
record KeptLink(String edition, Instant expiresAt, Instant revokedAt, Instant firstUsedAt) {}
