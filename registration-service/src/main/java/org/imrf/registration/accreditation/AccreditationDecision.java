package org.imrf.registration.accreditation;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of a participant's accreditation, with who took it.
 *
 * @param participantId whose accreditation
 * @param decision requested, confirmed, provisionally-approved, objected, granted or refused
 * @param actor who decided (or recorded the objection); {@code non-objection-period} when the
 *     period ended without objection
 * @param raisedBy for an objection, the Member State that raised it (ISO 3166-1 alpha-2); else null
 * @param reason why, when given (always for a refusal or an objection)
 * @param decidedAt when
 */
public record AccreditationDecision(
    UUID participantId,
    String decision,
    String actor,
    String raisedBy,
    String reason,
    Instant decidedAt) {}
