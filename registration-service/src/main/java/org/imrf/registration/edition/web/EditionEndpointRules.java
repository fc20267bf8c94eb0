package org.imrf.registration.edition.web;

import org.imrf.backbone.security.EndpointRules;
import org.imrf.backbone.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The programme is public; organisers set editions up and change them. */
@Component
class EditionEndpointRules implements EndpointRules {

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules
        .requestMatchers(HttpMethod.GET, "/editions", "/editions/*")
        .permitAll()
        .requestMatchers(HttpMethod.POST, "/editions")
        .hasAuthority(Role.ORGANISER)
        .requestMatchers(HttpMethod.PUT, "/editions/*")
        .hasAuthority(Role.ORGANISER);
  }
}
