/**
 * Transactional outbox: an event is stored in the transaction of the state change it describes, and
 * a relay publishes it to Kafka afterwards, so that neither is ever committed without the other.
 */
package org.imrf.backbone.outbox;
