package org.imrf.gateway.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.WebUtils;

/**
 * The browser side: sign-in by OpenID Connect (authorization code with PKCE), by access link, or
 * not at all; a session cookie that scripts cannot read; CSRF protection for every state-changing
 * request that carries that cookie. Authorization of API calls is the services' business: the
 * gateway lets them through with the caller's token.
 */
@Configuration
class SecurityConfiguration {

  static final String SESSION_COOKIE = "IMRF_SESSION";

  @Bean
  SecurityFilterChain browser(HttpSecurity http, ClientRegistrationRepository registrations)
      throws Exception {
    DefaultOAuth2AuthorizationRequestResolver authorizationRequests =
        new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
    authorizationRequests.setAuthorizationRequestCustomizer(
        OAuth2AuthorizationRequestCustomizers.withPkce());
    CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
    csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
    return http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasAuthority("ops")
                    .anyRequest()
                    .permitAll())
        .oauth2Login(
            login ->
                login
                    .authorizationEndpoint(
                        endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                    .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(platformRoles()))
                    .defaultSuccessUrl("/", true))
        .logout(logout -> logout.logoutSuccessUrl("/").deleteCookies(SESSION_COOKIE))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens)
                    // the token is read from the cookie by the page's script, sent back as a header
                    .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                    .requireCsrfProtectionMatcher(stateChangingWithSessionCookie()))
        .oauth2Client(Customizer.withDefaults())
        .build();
  }

  /**
   * CSRF matters only where a request carries the ambient credential, the session cookie: API
   * clients with their own bearer token and anonymous registrations have none to abuse.
   */
  private static RequestMatcher stateChangingWithSessionCookie() {
    Set<String> safe = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    return (HttpServletRequest request) ->
        !safe.contains(request.getMethod()) && WebUtils.getCookie(request, SESSION_COOKIE) != null;
  }

  /** A staff member's roles, from the roles claim the provider puts in the ID token. */
  private static GrantedAuthoritiesMapper platformRoles() {
    return authorities -> {
      Set<GrantedAuthority> mapped = new HashSet<>(authorities);
      for (GrantedAuthority authority : authorities) {
        if (authority instanceof OidcUserAuthority oidc) {
          Object roles = oidc.getIdToken().getClaims().get("roles");
          if (roles instanceof Collection<?> names) {
            names.forEach(name -> mapped.add(new SimpleGrantedAuthority(String.valueOf(name))));
          }
        }
      }
      return mapped;
    };
  }

  /** Renews staff tokens with their refresh token when they expire. */
  @Bean
  OAuth2AuthorizedClientManager staffClients(
      ClientRegistrationRepository registrations, OAuth2AuthorizedClientService clients) {
    var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, clients);
    manager.setAuthorizedClientProvider(
        OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
    return manager;
  }

  static List<String> roles(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream()
        .map(GrantedAuthority::getAuthority)
        .filter(
            name ->
                !name.startsWith("OIDC_")
                    && !name.startsWith("SCOPE_")
                    && !name.startsWith("FACTOR_"))
        .sorted()
        .toList();
  }
}
