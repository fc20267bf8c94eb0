package org.imrf.registration.hearing.web;

import org.imrf.backbone.security.EndpointRules;
import org.imrf.backbone.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The hearing's sessions are public, as the programme is. Participants ask to speak for themselves
 * and read their own request (someone else's is 404) and the running orders of their edition;
 * organisers ask on a participant's behalf, list, select, decline, order and see the balance.
 */
@Component
class HearingEndpointRules implements EndpointRules {

  private static final String SESSIONS = "/editions/*/hearing/sessions";
  private static final String RUNNING_ORDER = SESSIONS + "/*/running-order";
  private static final String REQUESTS = "/editions/*/hearing/requests";

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules
        .requestMatchers(HttpMethod.GET, SESSIONS, SESSIONS + "/*")
        .permitAll()
        .requestMatchers(HttpMethod.POST, SESSIONS)
        .hasAuthority(Role.ORGANISER)
        .requestMatchers(HttpMethod.PATCH, SESSIONS + "/*")
        .hasAuthority(Role.ORGANISER)
        .requestMatchers(HttpMethod.GET, RUNNING_ORDER)
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE)
        .requestMatchers(HttpMethod.PUT, RUNNING_ORDER)
        .hasAuthority(Role.ORGANISER)
        .requestMatchers(HttpMethod.POST, REQUESTS)
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE)
        .requestMatchers(HttpMethod.GET, REQUESTS)
        .hasAuthority(Role.ORGANISER)
        .requestMatchers(HttpMethod.GET, REQUESTS + "/*")
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE)
        .requestMatchers(HttpMethod.POST, REQUESTS + "/*/selection", REQUESTS + "/*/decline")
        .hasAuthority(Role.ORGANISER)
        .requestMatchers(HttpMethod.GET, "/editions/*/hearing/balance")
        .hasAuthority(Role.ORGANISER);
  }
}
