/**
 * Access link events arrive from Kafka, each applied once; their first uses leave through the
 * transactional outbox.
 */
package org.imrf.identity.attendee.messaging;
