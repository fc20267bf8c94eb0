/**
 * Participant events leave through the transactional outbox; the first uses of access links arrive
 * from identity-service, each applied once.
 */
package org.imrf.registration.participant.messaging;
