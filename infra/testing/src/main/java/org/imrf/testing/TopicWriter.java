package org.imrf.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records as another service (or a broken one) would, to drive a consumer under test. */
public final class TopicWriter {

  private TopicWriter() {}

  /** Sends one record and waits for the broker's acknowledgement. */
  public static RecordMetadata send(
      String topic, String key, Map<String, String> headers, byte[] value) {
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new ByteArraySerializer())) {
      ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
      headers.forEach(
          (name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
      return producer.send(record).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot send to " + topic, e);
    }
  }

  public static RecordMetadata send(
      String topic, String key, Map<String, String> headers, String value) {
    return send(topic, key, headers, value.getBytes(StandardCharsets.UTF_8));
  }
}
