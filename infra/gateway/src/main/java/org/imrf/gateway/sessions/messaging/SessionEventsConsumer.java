package org.imrf.gateway.sessions.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.UUID;
import org.imrf.gateway.sessions.SessionEnding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * One consumer per gateway instance, in a group of its own ({@code gateway-<random>}): sessions
 * live in each instance's memory, so every instance must hear every event, not a share of them.
 * Kafka is not part of readiness: without it the gateway still serves, and sessions end at the
 * latest when their token next needs renewing, which the provider then refuses.
 */
@Configuration
class SessionEventsConsumer {

  @Bean
  SessionEvents sessionEvents(SessionEnding ending, MeterRegistry meters) {
    return new SessionEvents(ending, Instant.now(), meters);
  }

  @Bean
  ConcurrentMessageListenerContainer<?, ?> sessionEventsContainer(
      ConcurrentKafkaListenerContainerFactory<?, ?> containers, SessionEvents listener) {
    ConcurrentMessageListenerContainer<?, ?> container =
        containers.createContainer(SessionEvents.PARTICIPANTS, SessionEvents.STAFF);
    container.getContainerProperties().setGroupId("gateway-" + UUID.randomUUID());
    container.getContainerProperties().setMessageListener(listener);
    container.setBeanName("session-events");
    return container;
  }
}
