package org.imrf.identity.signin;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SignInThrottleProperties.class)
class SignInConfiguration {

  @Bean
  SignInThrottle signInThrottle(SignInThrottleProperties settings, Clock clock) {
    return new SignInThrottle(settings, clock);
  }
}
