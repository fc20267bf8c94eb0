package org.imrf.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning, outside any consumer group, to see exactly what was published.
 */
public final class TopicProbe implements AutoCloseable {

  /** How long the outbox and the topic may take to settle before a test fails. */
  private static final Duration SETTLING = Duration.ofSeconds(30);

  private final KafkaConsumer<String, byte[]> consumer;
  private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

  private TopicProbe(String topic) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafka().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
            .map(info -> new TopicPartition(topic, info.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  public static TopicProbe of(String topic) {
    return new TopicProbe(topic);
  }

  /**
   * Keeps reading until {@code count} records match or {@code timeout} passes, then returns the
   * matching records read so far.
   */
  public List<ConsumerRecord<String, byte[]>> await(
      Predicate<ConsumerRecord<String, byte[]>> matching, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && matches(matching).size() < count) {
      consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
    }
    return matches(matching);
  }

  /**
   * Every matching record the service owning {@code database} has published so far: waits until its
   * outbox has handed Kafka every event it held, then reads the topic to its end. Shows that an
   * event did not come, without waiting a fixed while.
   */
  public List<ConsumerRecord<String, byte[]>> publishedBy(
      String database, Predicate<ConsumerRecord<String, byte[]>> matching) {
    OutboxProbe.awaitDrained(database, System.nanoTime() + SETTLING.toNanos());
    return readToEnd(matching);
  }

  /**
   * Every matching record on the topic now (committed, up to the end each partition has at this
   * call): once a later marker shows the writer is done, shows that an event did not come.
   */
  public List<ConsumerRecord<String, byte[]>> readToEnd(
      Predicate<ConsumerRecord<String, byte[]>> matching) {
    long deadline = System.nanoTime() + SETTLING.toNanos();
    Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
    while (end.entrySet().stream().anyMatch(at -> consumer.position(at.getKey()) < at.getValue())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "could not read " + end + " to its end within " + SETTLING.toSeconds() + " s");
      }
      consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
    }
    return matches(matching);
  }

  /**
   * Reads for the whole of {@code period} and returns every matching record.
   *
   * @deprecated a fixed wait that slows every run and proves nothing once the period is too short:
   *     use {@link #publishedBy} (a service's own events) or {@link #readToEnd} after a later event
   *     was seen; kept only until the branches of issue 10 that still call it are merged
   */
  @Deprecated(forRemoval = true)
  public List<ConsumerRecord<String, byte[]>> readFor(
      Predicate<ConsumerRecord<String, byte[]>> matching, Duration period) {
    long deadline = System.nanoTime() + period.toNanos();
    while (System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
    }
    return matches(matching);
  }

  private List<ConsumerRecord<String, byte[]>> matches(
      Predicate<ConsumerRecord<String, byte[]>> matching) {
    return seen.stream().filter(matching).toList();
  }

  /** Records whose key is {@code key}. */
  public static Predicate<ConsumerRecord<String, byte[]>> keyed(String key) {
    return record -> key.equals(record.key());
  }

  /** A record's headers as UTF-8 strings (the last value of each name). */
  public static Map<String, String> headers(ConsumerRecord<?, ?> record) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header header : record.headers()) {
      headers.put(
          header.key(),
          header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
    }
    return headers;
  }

  public static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(2));
  }
}
