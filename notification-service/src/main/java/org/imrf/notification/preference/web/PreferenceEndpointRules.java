package org.imrf.notification.preference.web;

import org.imrf.backbone.security.EndpointRules;
import org.imrf.backbone.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A participant reads and replaces their own preferences, organisers anyone's (another participant
 * gets 404, decided per object); the kinds of message are public, for a preferences page.
 */
@Component
class PreferenceEndpointRules implements EndpointRules {

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules
        .requestMatchers(HttpMethod.GET, "/preferences/kinds")
        .permitAll()
        .requestMatchers(HttpMethod.GET, "/participants/*/preferences")
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE)
        .requestMatchers(HttpMethod.PUT, "/participants/*/preferences")
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE);
  }
}
