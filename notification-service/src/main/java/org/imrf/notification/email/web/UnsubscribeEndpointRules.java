package org.imrf.notification.email.web;

import org.imrf.backbone.security.EndpointRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone with an unsubscribe link may use it, without signing in: the sealed token in it is the
 * credential, and it can only turn email off for the one participant and kind it names.
 */
@Component
class UnsubscribeEndpointRules implements EndpointRules {

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules
        .requestMatchers(HttpMethod.GET, "/unsubscribe/*")
        .permitAll()
        .requestMatchers(HttpMethod.POST, "/unsubscribe/*")
        .permitAll();
  }
}
