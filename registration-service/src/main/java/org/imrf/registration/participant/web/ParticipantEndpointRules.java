package org.imrf.registration.participant.web;

import org.imrf.backbone.security.EndpointRules;
import org.imrf.backbone.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone may register and ask for a fresh access link; a registration and its link are the
 * participant's and the organisers' (whether it is someone else's is decided per object: another
 * participant gets 404).
 */
@Component
class ParticipantEndpointRules implements EndpointRules {

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules
        .requestMatchers(HttpMethod.POST, "/participants", "/access-links")
        .permitAll()
        .requestMatchers(HttpMethod.GET, "/participants/*")
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE)
        .requestMatchers(HttpMethod.POST, "/participants/*/access-link")
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE)
        .requestMatchers(HttpMethod.DELETE, "/participants/*/access-link")
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE);
  }
}
