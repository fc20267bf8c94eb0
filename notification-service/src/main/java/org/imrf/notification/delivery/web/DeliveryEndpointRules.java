package org.imrf.notification.delivery.web;

import org.imrf.backbone.security.EndpointRules;
import org.imrf.backbone.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A participant reads the deliveries of their own notifications (another's answer 404, decided per
 * notification), organisers anyone's; lists and counts across participants are for organisers.
 */
@Component
class DeliveryEndpointRules implements EndpointRules {

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules
        .requestMatchers(HttpMethod.GET, "/notifications/*/deliveries")
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE)
        .requestMatchers(HttpMethod.GET, "/deliveries", "/deliveries/counts")
        .hasAuthority(Role.ORGANISER);
  }
}
