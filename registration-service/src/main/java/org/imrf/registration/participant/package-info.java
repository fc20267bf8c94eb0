/**
 * Participants: registering for an edition, changing one's details, cancelling, erasing (the rules
 * are {@code Participation}'s); the events of the participants topic. Other features read a
 * participant through {@link org.imrf.registration.participant.ParticipantLookup}: who they are and
 * where they stand ({@link org.imrf.registration.participant.ParticipantSummary}), or every detail
 * as shown to organisers and to themselves ({@link
 * org.imrf.registration.participant.ParticipantView}), never the stored state itself.
 */
package org.imrf.registration.participant;
