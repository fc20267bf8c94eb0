/**
 * What notification-service knows of each participant: its own copy, kept from their events on the
 * participants topic and deleted when they are erased. Other features read it through {@link
 * org.imrf.notification.participant.ParticipantDirectory}.
 */
package org.imrf.notification.participant;
