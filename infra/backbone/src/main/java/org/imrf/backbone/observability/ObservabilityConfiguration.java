package org.imrf.backbone.observability;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Kafka in readiness; the common tags and health groups are set in the backbone's defaults. */
@AutoConfiguration
public class ObservabilityConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
  KafkaHealthIndicator kafkaHealthIndicator(
      @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
      @Value("${spring.application.name}") String application,
      @Value("${imrf.health.kafka-timeout:3s}") Duration timeout) {
    return new KafkaHealthIndicator(brokers, application, timeout);
  }
}
