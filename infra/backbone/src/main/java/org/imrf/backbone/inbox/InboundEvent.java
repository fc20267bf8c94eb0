package org.imrf.backbone.inbox;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.CloudEvent;
import org.imrf.backbone.events.MalformedEventException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * An event as received: its CloudEvents attributes, where it was read from, and its raw payload.
 *
 * @param attributes the {@code ce_*} attributes
 * @param topic the topic it was read from
 * @param partition the partition
 * @param offset its offset in that partition
 * @param payload the record value
 */
public record InboundEvent(
    CloudEvent attributes, String topic, int partition, long offset, byte[] payload) {

  /**
   * Reads a message delivered by the Kafka binder.
   *
   * @throws MalformedEventException if it lacks the platform's CloudEvents headers
   */
  public static InboundEvent from(Message<byte[]> message) {
    var headers = message.getHeaders();
    Object partition = headers.get(KafkaHeaders.RECEIVED_PARTITION);
    Object offset = headers.get(KafkaHeaders.OFFSET);
    return new InboundEvent(
        CloudEvent.readFrom(headers),
        String.valueOf(headers.get(KafkaHeaders.RECEIVED_TOPIC)),
        partition instanceof Number number ? number.intValue() : -1,
        offset instanceof Number number ? number.longValue() : -1,
        message.getPayload());
  }

  public UUID id() {
    return attributes.id();
  }

  public String type() {
    return attributes.type();
  }

  public String subject() {
    return attributes.subject();
  }

  public Instant time() {
    return attributes.time();
  }
}
