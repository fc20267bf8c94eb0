package org.imrf.registration.badge;

import org.imrf.registration.participant.ParticipantSummary;

/**
 * What a scan found.
 *
 * @param participant whose badge it is
 * @param checkIn their arrival: this scan's, or the first scan's when they were in already
 * @param alreadyCheckedIn whether an earlier scan checked them in
 */
public record CheckInOutcome(
    ParticipantSummary participant, CheckIn checkIn, boolean alreadyCheckedIn) {}
