/**
 * Participants: registering for an edition, changing one's details, cancelling; the events of the
 * participants topic; and what other features may read of a participant ({@link
 * org.imrf.registration.participant.ParticipantLookup}).
 */
package org.imrf.registration.participant;
