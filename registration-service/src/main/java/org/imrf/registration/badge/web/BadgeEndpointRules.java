package org.imrf.registration.badge.web;

import org.imrf.backbone.security.EndpointRules;
import org.imrf.backbone.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A badge is its participant's, the organisers' and check-in staff's (another participant's answers
 * 404); organisers reissue badges; check-in staff and organisers scan badges and follow the counts.
 */
@Component
class BadgeEndpointRules implements EndpointRules {

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules
        .requestMatchers(
            HttpMethod.GET,
            "/participants/*/badge",
            "/participants/*/badge.png",
            "/participants/*/badge.pdf")
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE, Role.CHECK_IN)
        .requestMatchers(HttpMethod.POST, "/participants/*/badge/reissue")
        .hasAuthority(Role.ORGANISER)
        .requestMatchers(HttpMethod.POST, "/check-ins")
        .hasAnyAuthority(Role.ORGANISER, Role.CHECK_IN)
        .requestMatchers(
            HttpMethod.GET, "/editions/*/check-ins/counts", "/editions/*/check-ins/counts/stream")
        .hasAnyAuthority(Role.ORGANISER, Role.CHECK_IN);
  }
}
