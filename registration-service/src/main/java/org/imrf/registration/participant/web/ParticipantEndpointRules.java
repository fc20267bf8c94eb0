package org.imrf.registration.participant.web;

import org.imrf.backbone.security.EndpointRules;
import org.imrf.backbone.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone may register, ask for a fresh access link and read the public participant list; a
 * registration and its link are the participant's and the organisers' (whether it is someone else's
 * is decided per object: another participant gets 404); lists, counts, exports and accreditation
 * are the organisers'.
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
        .requestMatchers(HttpMethod.GET, "/editions/*/participants")
        .permitAll()
        // organisers' lists, before the participant's own registration (same shape of path)
        .requestMatchers(
            HttpMethod.GET, "/participants", "/participants/counts", "/participants/export")
        .hasAuthority(Role.ORGANISER)
        .requestMatchers("/participants/*/accreditation", "/participants/*/accreditation/**")
        .hasAuthority(Role.ORGANISER)
        .requestMatchers(HttpMethod.GET, "/participants/*")
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE)
        .requestMatchers(HttpMethod.PATCH, "/participants/*")
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE)
        .requestMatchers(HttpMethod.POST, "/participants/*/cancellation")
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE)
        .requestMatchers(HttpMethod.GET, "/participants/*/personal-data")
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE)
        .requestMatchers(HttpMethod.POST, "/participants/*/erasure")
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE)
        .requestMatchers(HttpMethod.POST, "/participants/*/access-link")
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE)
        .requestMatchers(HttpMethod.DELETE, "/participants/*/access-link")
        .hasAnyAuthority(Role.ORGANISER, Role.ATTENDEE);
  }
}
