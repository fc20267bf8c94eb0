package org.imrf.notification.notification.web;

import org.imrf.backbone.security.EndpointRules;
import org.imrf.backbone.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A participant reads their own notifications, organisers anyone's (whether they are someone else's
 * is decided per object: another participant gets 404).
 */
@Component
class NotificationEndpointRules implements EndpointRules {

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules
        .requestMatchers(HttpMethod.GET, "/notifications", "/notifications/*")
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE);
  }
}
