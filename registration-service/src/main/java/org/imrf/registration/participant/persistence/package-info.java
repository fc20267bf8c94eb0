/** Participants in registration-service's database. */
package org.imrf.registration.participant.persistence;
