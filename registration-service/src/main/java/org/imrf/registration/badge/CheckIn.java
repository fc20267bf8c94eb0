package org.imrf.registration.badge;

import java.time.Instant;
import java.util.UUID;
import org.imrf.registration.participant.Category;

/**
 * A participant's arrival at the venue: their first scan. Erasure keeps it, detached (no
 * participant, no badge), for the counts.
 *
 * @param participantId who arrived; null once their data was erased
 * @param badgeId the badge scanned; null once their data was erased
 * @param editionId the edition
 * @param category who they take part as, kept for the counts
 * @param checkedInAt when they were first scanned
 * @param checkedInBy the check-in staff member or organiser who scanned
 */
public record CheckIn(
    UUID participantId,
    String badgeId,
    String editionId,
    Category category,
    Instant checkedInAt,
    String checkedInBy) {}
