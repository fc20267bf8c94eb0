package org.imrf.backbone.outbox;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/** The outbox, its relay and the relay's Kafka producer. */
@AutoConfiguration
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

  /**
   * The relay's producer, with every setting that matters for delivery chosen here rather than left
   * to client defaults (which changed between Kafka versions).
   */
  @Bean(destroyMethod = "close")
  OutboxProducers outboxProducers(
      @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
      @Value("${spring.application.name}") String application,
      OutboxProperties properties,
      MeterRegistry meters) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, application + "-outbox");
    // a batch is one transaction; the id is this process's, and one relay per service runs at a
    // time (the database lock), so ids never collide
    config.put(
        ProducerConfig.TRANSACTIONAL_ID_CONFIG, application + "-outbox-" + UUID.randomUUID());
    config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 60_000);
    // durability: every in-sync replica has the event before it leaves the outbox
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    // the commit flushes each batch; a short linger only lets the batch's sends share requests
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
    config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    // while Kafka is down a batch fails within seconds and stays in the outbox for the next try
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
    config.putAll(properties.producer());
    return new OutboxProducers(config, meters);
  }

  @Bean
  OutboxStore outboxStore(JdbcClient jdbc) {
    return new OutboxStore(jdbc);
  }

  @Bean
  OutboxMetrics outboxMetrics(MeterRegistry meters) {
    return new OutboxMetrics(meters, Clock.systemUTC());
  }

  /**
   * Refreshes the backlog gauges on its own schedule: a relay waiting on an unreachable broker must
   * not freeze the very figures that show it.
   */
  @Bean
  OutboxBacklogReporter outboxBacklogReporter(OutboxStore store, OutboxMetrics metrics) {
    return new OutboxBacklogReporter(store, metrics);
  }

  @Bean
  OutboxRelay outboxRelay(
      OutboxStore store,
      OutboxProducers outboxProducers,
      PlatformTransactionManager transactionManager,
      OutboxMetrics metrics,
      OutboxProperties properties,
      CircuitBreakerRegistry circuitBreakers) {
    return new OutboxRelay(
        store,
        outboxProducers,
        new TransactionTemplate(transactionManager),
        metrics,
        properties,
        circuitBreakers.circuitBreaker("outbox-relay"));
  }

  @Bean
  Outbox outbox(
      OutboxStore store,
      ObjectMapper json,
      @Value("${spring.application.name}") String application,
      OutboxRelay relay,
      OutboxMetrics metrics) {
    return new Outbox(store, json, "/imrf/" + application, relay, metrics);
  }
}
