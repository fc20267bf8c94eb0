package org.imrf.gateway.streams;

import io.micrometer.core.instrument.MeterRegistry;
import org.imrf.gateway.GatewayProperties;
import org.imrf.gateway.routing.ForwardedHeadersSigner;
import org.imrf.gateway.signin.CallerTokens;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(StreamProperties.class)
class StreamsConfiguration {

  /** After the security filters (order -100 by default), before anything routes the request. */
  static final int FILTER_ORDER = 0;

  @Bean
  OpenEventStreams openEventStreams(StreamProperties properties, MeterRegistry meters) {
    return new OpenEventStreams(properties, meters);
  }

  @Bean
  FilterRegistrationBean<EventStreamFilter> eventStreamFilter(
      GatewayProperties gateway,
      StreamProperties properties,
      CallerTokens tokens,
      OpenEventStreams streams,
      ForwardedHeadersSigner forwarding) {
    var registration =
        new FilterRegistrationBean<>(
            new EventStreamFilter(
                new StreamRequests(gateway.services(), properties.answerTimeout(), forwarding),
                properties,
                tokens,
                streams));
    registration.setOrder(FILTER_ORDER);
    registration.setAsyncSupported(true);
    return registration;
  }
}
