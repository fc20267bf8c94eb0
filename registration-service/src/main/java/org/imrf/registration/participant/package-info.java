/**
 * Participants: who registers for an edition, and in which UN language they want to hear from us.
 */
package org.imrf.registration.participant;
