package org.imrf.backbone.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The relay's transactional producer, made when first needed (so a service starts while Kafka is
 * down) and made again after an error that leaves a producer unusable. A new producer keeps the
 * transactional id, so that it fences its predecessor and aborts what that one left open.
 */
class OutboxProducers implements AutoCloseable {

  private final Map<String, Object> config;
  private final MeterRegistry meters;
  private Producer<String, byte[]> current;
  private KafkaClientMetrics currentMetrics;

  OutboxProducers(Map<String, Object> config, MeterRegistry meters) {
    this.config = Map.copyOf(config);
    this.meters = meters;
  }

  /**
   * The producer, ready for transactions.
   *
   * @throws org.apache.kafka.common.KafkaException if Kafka cannot be reached to initialise it
   */
  synchronized Producer<String, byte[]> current() {
    if (current == null) {
      KafkaProducer<String, byte[]> producer =
          new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
      try {
        producer.initTransactions();
      } catch (RuntimeException e) {
        producer.close(Duration.ZERO);
        throw e;
      }
      currentMetrics = new KafkaClientMetrics(producer);
      currentMetrics.bindTo(meters);
      current = producer;
    }
    return current;
  }

  /** Drops a producer that can no longer be used; the next call makes a new one. */
  synchronized void discard(Producer<String, byte[]> producer) {
    if (producer == current) {
      current = null;
      currentMetrics.close();
      currentMetrics = null;
    }
    producer.close(Duration.ZERO);
  }

  @Override
  public synchronized void close() {
    if (current != null) {
      currentMetrics.close();
      current.close(Duration.ofSeconds(10));
      current = null;
    }
  }
}
