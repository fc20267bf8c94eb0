package org.imrf.registration.programme.web;

import org.imrf.backbone.security.EndpointRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The programme's page is public, as the programme is. */
@Component
class ProgrammeEndpointRules implements EndpointRules {

  @Override
  public void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules) {
    rules.requestMatchers(HttpMethod.GET, "/editions/*/programme").permitAll();
  }
}
