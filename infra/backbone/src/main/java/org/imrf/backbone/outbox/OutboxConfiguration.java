package org.imrf.backbone.outbox;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/** The outbox, its relay and the relay's Kafka producer. */
@AutoConfiguration
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

  /**
   * The relay's producer, with every setting that matters for delivery chosen here rather than left
   * to client defaults (which changed between Kafka versions).
   */
  @Bean(destroyMethod = "")
  Producer<String, byte[]> outboxProducer(
      @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
      @Value("${spring.application.name}") String application,
      OutboxProperties properties,
      MeterRegistry meters) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, application + "-outbox");
    // durability: every in-sync replica has the event before it leaves the outbox
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    // retries never duplicate or reorder a partition's records
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    // the relay flushes each batch itself; a short linger only lets concurrent sends share requests
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
    config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    // a broker outage fails a batch within 30 s; the events stay in the outbox for the next try
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
    config.putAll(properties.producer());
    KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    new KafkaClientMetrics(producer).bindTo(meters);
    return producer;
  }

  @Bean
  OutboxStore outboxStore(JdbcClient jdbc) {
    return new OutboxStore(jdbc);
  }

  @Bean
  OutboxMetrics outboxMetrics(MeterRegistry meters) {
    return new OutboxMetrics(meters, Clock.systemUTC());
  }

  @Bean
  OutboxRelay outboxRelay(
      OutboxStore store,
      Producer<String, byte[]> outboxProducer,
      PlatformTransactionManager transactionManager,
      OutboxMetrics metrics,
      OutboxProperties properties,
      CircuitBreakerRegistry circuitBreakers) {
    return new OutboxRelay(
        store,
        outboxProducer,
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

  /** Closes the producer after the relay has stopped, giving in-flight sends a moment. */
  @Bean
  org.springframework.beans.factory.DisposableBean outboxProducerCloser(
      Producer<String, byte[]> outboxProducer) {
    return () -> outboxProducer.close(Duration.ofSeconds(10));
  }
}
