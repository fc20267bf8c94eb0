package org.imrf.registration.badge;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Badges are signed with the badge key: without one the service does not start. */
@Configuration(proxyBeanMethods = false)
class BadgeConfiguration {

  @Bean
  BadgeTokens badgeTokens(@Value("${imrf.badge.key:}") String key) {
    return new BadgeTokens(key);
  }
}
