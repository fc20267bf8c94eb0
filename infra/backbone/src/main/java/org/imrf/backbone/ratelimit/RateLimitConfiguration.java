package org.imrf.backbone.ratelimit;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** {@link RateLimits} in every service; each rule's limits come from configuration. */
@AutoConfiguration
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitConfiguration {

  @Bean
  RateLimits rateLimits(RateLimitProperties properties) {
    return new RateLimits(properties);
  }
}
