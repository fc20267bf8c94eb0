package org.imrf.backbone.security;

import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.ObjectMapper;

/**
 * Every service is an OAuth2 resource server: bearer JWTs from the configured issuer, roles from
 * the configured claim, no sessions, and default deny.
 */
@AutoConfiguration
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

  @Bean
  @ConditionalOnMissingBean
  JwtDecoder jwtDecoder(SecurityProperties properties) {
    if (properties.issuer() == null || properties.issuer().isBlank()) {
      throw new IllegalStateException("imrf.security.issuer (OIDC_ISSUER) is not set");
    }
    NimbusJwtDecoder decoder;
    if (properties.jwtPublicKey() != null && !properties.jwtPublicKey().isBlank()) {
      decoder = NimbusJwtDecoder.withPublicKey(rsaPublicKey(properties.jwtPublicKey())).build();
    } else {
      String keys =
          properties.jwkSetUri() == null || properties.jwkSetUri().isBlank()
              ? properties.issuer().replaceAll("/$", "") + "/oauth2/jwks"
              : properties.jwkSetUri();
      // the key set is fetched at the first token and cached: a service starts without its issuer
      decoder = NimbusJwtDecoder.withJwkSetUri(keys).build();
    }
    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
    return decoder;
  }

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      List<EndpointRules> serviceRules,
      SecurityProperties properties,
      ObjectMapper json)
      throws Exception {
    JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
    tokens.setJwtGrantedAuthoritiesConverter(new JwtRoles(properties.rolesClaim()));
    ProblemResponses problems = new ProblemResponses(json);
    return http.authorizeHttpRequests(
            rules -> {
              rules
                  .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                  .permitAll()
                  .requestMatchers("/actuator/**")
                  .hasAuthority(Role.OPS)
                  .requestMatchers(
                      HttpMethod.GET,
                      "/v3/api-docs",
                      "/v3/api-docs/**",
                      "/swagger-ui.html",
                      "/swagger-ui/**")
                  .permitAll()
                  .requestMatchers("/error")
                  .permitAll();
              serviceRules.forEach(service -> service.declare(rules));
              rules.anyRequest().denyAll();
            })
        .oauth2ResourceServer(
            server ->
                server
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // bearer tokens, never cookies: there is no ambient credential for a forged request to use
        .csrf(csrf -> csrf.disable())
        .build();
  }

  private static RSAPublicKey rsaPublicKey(String base64) {
    try {
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA")
              .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
    } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("imrf.security.jwt-public-key is not a Base64 RSA key", e);
    }
  }
}
