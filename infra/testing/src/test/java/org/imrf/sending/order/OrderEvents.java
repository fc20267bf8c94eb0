package org.imrf.sending.order;

import org.apache.kafka.clients.producer.KafkaProducer;

/** Fixture: events sent straight to Kafka, past the outbox. */
class OrderEvents {
  KafkaProducer<String, byte[]> producer;
}
