package org.imrf.backbone.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's access rules, one per endpoint. Whatever no rule names is denied: a new endpoint
 * without a rule cannot be reached, and its authorization matrix row fails the build.
 */
@FunctionalInterface
public interface EndpointRules {

  void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules);
}
