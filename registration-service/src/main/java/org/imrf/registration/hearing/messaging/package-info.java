/** Hearing events leave through the transactional outbox. */
package org.imrf.registration.hearing.messaging;
