/**
 * Attendees: a participant's personal access link, exchanged here for a short-lived token that
 * speaks for that participant in every service.
 */
package org.imrf.identity.attendee;
