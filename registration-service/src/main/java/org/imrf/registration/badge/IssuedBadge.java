package org.imrf.registration.badge;

import org.imrf.registration.participant.ParticipantSummary;

/**
 * A participant's badge in force, with what it prints.
 *
 * @param participant whose badge it is
 * @param badge the badge
 * @param face what it shows, the signed token included
 */
public record IssuedBadge(ParticipantSummary participant, Badge badge, BadgeFace face) {}
