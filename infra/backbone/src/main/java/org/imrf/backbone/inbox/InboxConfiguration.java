package org.imrf.backbone.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/** Idempotent consumers, their dead-letter routing, and the pruning of processed-event ids. */
@AutoConfiguration
@EnableScheduling
@EnableConfigurationProperties(InboxProperties.class)
public class InboxConfiguration {

  private static final Logger log = LoggerFactory.getLogger(InboxConfiguration.class);

  @Bean
  ProcessedEvents processedEvents(JdbcClient jdbc) {
    return new ProcessedEvents(jdbc);
  }

  @Bean
  InboxMetrics inboxMetrics(MeterRegistry meters) {
    return new InboxMetrics(meters);
  }

  @Bean
  EventInbox eventInbox(
      ProcessedEvents processed,
      PlatformTransactionManager transactionManager,
      ObjectMapper json,
      InboxMetrics metrics,
      ObjectProvider<InboxFilter> filters) {
    return new EventInbox(
        processed,
        new TransactionTemplate(transactionManager),
        json,
        metrics,
        filters.orderedStream().toList());
  }

  /**
   * Sends every record a consumer gives up on to the service's dead-letter topic, and counts it.
   * The binder adds the failure and the original coordinates as headers.
   */
  @Bean
  DlqDestinationResolver deadLetterTopic(InboxProperties properties, InboxMetrics metrics) {
    if (properties.deadLetterTopic() == null || properties.deadLetterTopic().isBlank()) {
      return (record, exception) -> {
        throw new IllegalStateException(
            "imrf.inbox.dead-letter-topic is not set: nowhere to put "
                + record.topic()
                + " records");
      };
    }
    return (record, exception) -> {
      Throwable cause = rootCause(exception);
      metrics.deadLettered(
          record.topic(), properties.deadLetterTopic(), cause.getClass().getSimpleName());
      log.warn(
          "Dead-lettering {}-{}@{} to {}: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          properties.deadLetterTopic(),
          cause.getMessage());
      return properties.deadLetterTopic();
    };
  }

  /**
   * Picks the dead-letter partition from the record's key, as Kafka's own partitioner would: the
   * dead-letter topic needs no more partitions than it has, and one aggregate's records stay in
   * order there too.
   */
  @Bean
  DlqPartitionFunction deadLetterPartition(InboxProperties properties) {
    return (group, record, exception) -> {
      byte[] key = record.key() instanceof byte[] bytes ? bytes : keyBytes(record.key());
      return key == null
          ? record.partition() % properties.deadLetterPartitions()
          : Utils.toPositive(Utils.murmur2(key)) % properties.deadLetterPartitions();
    };
  }

  private static byte[] keyBytes(Object key) {
    return key == null ? null : key.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Bean
  ProcessedEventsCleanup processedEventsCleanup(
      ProcessedEvents processed, InboxProperties properties) {
    return new ProcessedEventsCleanup(processed, properties);
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** Deletes processed-event ids older than the retention. */
  static class ProcessedEventsCleanup {
    private final ProcessedEvents processed;
    private final InboxProperties properties;

    ProcessedEventsCleanup(ProcessedEvents processed, InboxProperties properties) {
      this.processed = processed;
      this.properties = properties;
    }

    @Scheduled(
        initialDelayString = "${imrf.inbox.cleanup-interval:1h}",
        fixedDelayString = "${imrf.inbox.cleanup-interval:1h}")
    void forgetOldIds() {
      int forgotten = processed.forgetBefore(Instant.now().minus(properties.retention()));
      if (forgotten > 0) {
        log.info("Forgot {} processed-event ids older than {}", forgotten, properties.retention());
      }
    }
  }
}
