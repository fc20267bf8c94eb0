package org.imrf.registration.participant.web;

import org.imrf.backbone.security.EndpointRules;
import org.imrf.backbone.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone may register; a registration is seen by its participant and by organisers (whether it is
 * someone else's is decided per object: another participant gets 404).
 */
@Component
class ParticipantEndpointRules implements EndpointRules {

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules
        .requestMatchers(HttpMethod.POST, "/participants")
        .permitAll()
        .requestMatchers(HttpMethod.GET, "/participants/*")
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE);
  }
}
