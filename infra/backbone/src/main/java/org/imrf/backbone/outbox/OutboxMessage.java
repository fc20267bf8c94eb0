package org.imrf.backbone.outbox;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.CloudEvent;

/** One stored event waiting for publication. */
record OutboxMessage(
    long position,
    UUID eventId,
    String topic,
    String key,
    String type,
    String source,
    String subject,
    Instant occurredAt,
    byte[] payload,
    Instant recordedAt) {

  CloudEvent cloudEvent() {
    return new CloudEvent(eventId, source, type, subject, occurredAt);
  }
}
