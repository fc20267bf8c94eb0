package org.imrf.gateway.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imrf.gateway.problems.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
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
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.WebUtils;

/**
 * The browser side: sign-in by OpenID Connect (authorization code with PKCE), by access link, or
 * not at all; a session cookie that scripts cannot read; CSRF protection for every state-changing
 * request that carries that cookie; problem details for what the gateway refuses. Authorization of
 * API calls is the services' business: the gateway lets them through with the caller's token.
 */
@Configuration
class SecurityConfiguration {

  static final String SESSION_COOKIE = "IMRF_SESSION";

  /**
   * The gateway's own pages load nothing from elsewhere and may not be framed; the services' API
   * answers ({@code /api/**}) keep their own policies.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src"
          + " 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  /**
   * The CSRF cookie is Secure like the session cookie ({@code IMRF_SECURE_COOKIES}), not only when
   * the request reached the gateway over TLS: behind a proxy that ends TLS it would go out in
   * clear.
   */
  @Bean
  CsrfTokenRepository csrfTokens(
      @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
    CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
    tokens.setCookieCustomizer(
        cookie -> {
          cookie.sameSite("Strict");
          if (secureCookies) {
            cookie.secure(true);
          }
        });
    return tokens;
  }

  @Bean
  SecurityFilterChain browser(
      HttpSecurity http,
      ClientRegistrationRepository registrations,
      CsrfTokenRepository csrfTokens,
      ProblemResponses problems,
      PublicUrl publicUrl)
      throws Exception {
    DefaultOAuth2AuthorizationRequestResolver authorizationRequests =
        new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
    authorizationRequests.setAuthorizationRequestCustomizer(
        OAuth2AuthorizationRequestCustomizers.withPkce());
    SimpleUrlAuthenticationSuccessHandler home =
        new SimpleUrlAuthenticationSuccessHandler(publicUrl.of("/"));
    home.setAlwaysUseDefaultTargetUrl(true);
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
                    .successHandler(
                        (request, response, staff) -> {
                          // the sign-in replaced the token; the new one goes out with the session
                          csrfTokens.saveToken(
                              csrfTokens.generateToken(request), request, response);
                          home.onAuthenticationSuccess(request, response, staff);
                        })
                    .failureHandler(
                        (request, response, failure) ->
                            problems.write(request, response, signInFailed(failure))))
        .logout(logout -> logout.logoutSuccessUrl(publicUrl.of("/")).deleteCookies(SESSION_COOKIE))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens)
                    // the token is read from the cookie by a page's script, sent back as a header
                    .csrfTokenRequestHandler(new HeaderOrFormField())
                    .requireCsrfProtectionMatcher(stateChangingWithSessionCookie()))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(
                        (request, response, failure) ->
                            signInFirst(request, response, problems, publicUrl))
                    .accessDeniedHandler(
                        (request, response, denied) ->
                            problems.write(request, response, refused(denied))))
        .headers(
            headers ->
                headers
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            new NegatedRequestMatcher(
                                PathPatternRequestMatcher.withDefaults().matcher("/api/**")),
                            new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
        .oauth2Client(Customizer.withDefaults())
        .build();
  }

  /** A browser is sent to sign in; an API caller is told that it must. */
  private static void signInFirst(
      HttpServletRequest request,
      HttpServletResponse response,
      ProblemResponses problems,
      PublicUrl publicUrl)
      throws IOException {
    if ("GET".equals(request.getMethod()) && ProblemResponses.prefersHtml(request)) {
      response.sendRedirect(publicUrl.of("/oauth2/authorization/imrf"));
      return;
    }
    problems.write(
        request,
        response,
        ProblemResponses.problem(
            HttpStatus.UNAUTHORIZED,
            "Unauthenticated",
            "This needs a staff member signed in at the gateway, with the right role."));
  }

  private static org.springframework.http.ProblemDetail refused(AccessDeniedException denied) {
    if (denied instanceof CsrfException) {
      return ProblemResponses.problem(
          HttpStatus.FORBIDDEN,
          "CSRF token missing or wrong",
          "A request that changes something must carry the session's CSRF token: the value of"
              + " the XSRF-TOKEN cookie in the X-XSRF-TOKEN header (or, from a form, in the _csrf"
              + " field). The cookie comes with the session; reload the page if it is missing.");
    }
    return ProblemResponses.problem(
        HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this request.");
  }

  private static org.springframework.http.ProblemDetail signInFailed(
      AuthenticationException failure) {
    String reason =
        failure instanceof OAuth2AuthenticationException oauth
            ? " (" + oauth.getError().getErrorCode() + ")"
            : "";
    return ProblemResponses.problem(
        HttpStatus.UNAUTHORIZED,
        "Sign-in failed",
        "Signing in did not complete" + reason + ". Start again from the start page.");
  }

  /**
   * CSRF matters only where a request carries the ambient credential, the session cookie: API
   * clients with their own bearer token and anonymous registrations have none to abuse. An email's
   * one-click unsubscribe link does not use it either (the cookie is not passed on; the sealed
   * token in its path is its credential), and must work from a browser that happens to be signed
   * in.
   */
  private static RequestMatcher stateChangingWithSessionCookie() {
    Set<String> safe = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    RequestMatcher unsubscribe = PathPatternRequestMatcher.withDefaults().matcher("/unsubscribe/*");
    return (HttpServletRequest request) ->
        !safe.contains(request.getMethod())
            && WebUtils.getCookie(request, SESSION_COOKIE) != null
            && !unsubscribe.matches(request);
  }

  /**
   * The token from the header, or from a form's field; never from the address, where it would end
   * up in logs, history and {@code Referer}.
   */
  static final class HeaderOrFormField extends CsrfTokenRequestAttributeHandler {

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
      String header = request.getHeader(token.getHeaderName());
      if (header != null) {
        return header;
      }
      if (inQuery(request.getQueryString(), token.getParameterName())) {
        return null;
      }
      return request.getParameter(token.getParameterName());
    }

    private static boolean inQuery(String query, String name) {
      if (query == null) {
        return false;
      }
      for (String pair : query.split("&")) {
        String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        try {
          if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
            return true;
          }
        } catch (IllegalArgumentException malformed) {
          return true; // what cannot be read is not trusted either
        }
      }
      return false;
    }
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
