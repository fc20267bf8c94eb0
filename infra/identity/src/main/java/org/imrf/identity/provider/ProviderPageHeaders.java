package org.imrf.identity.provider;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers on everything the provider answers to browsers: a Content-Security-Policy that allows
 * only the provider's own stylesheet and no scripts, forbids framing (no clickjacking of the
 * sign-in form), and lets the sign-in form go only to the provider and on to the registered
 * clients' redirect URIs (browsers check every redirect after a form post against {@code
 * form-action}); no referrer; and Spring Security's defaults ({@code X-Content-Type-Options:
 * nosniff}, {@code X-Frame-Options: DENY}, {@code Cache-Control: no-store}).
 */
final class ProviderPageHeaders {

  private ProviderPageHeaders() {}

  static Customizer<HeadersConfigurer<HttpSecurity>> of(ProviderProperties properties) {
    String policy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'"
            + formTargets(properties)
            + "; frame-ancestors 'none'; base-uri 'none'";
    return headers ->
        headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
  }

  /** The origins of the clients' redirect URIs, each after a space. */
  private static String formTargets(ProviderProperties properties) {
    Set<String> origins = new LinkedHashSet<>();
    for (ProviderProperties.Client client : properties.clients()) {
      for (String redirect : client.redirectUris()) {
        URI uri = URI.create(redirect);
        // the origin goes into a header: nothing but a plain host and port
        if (uri.getScheme() != null
            && uri.getAuthority() != null
            && (uri.getScheme() + uri.getAuthority()).matches("[A-Za-z0-9.:\\[\\]-]+")) {
          origins.add(uri.getScheme() + "://" + uri.getAuthority());
        }
      }
    }
    return origins.stream().map(origin -> " " + origin).reduce("", String::concat);
  }
}
