/** Participant events leave through the transactional outbox. */
package org.imrf.registration.participant.messaging;
