package org.imrf.identity.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.imrf.identity.signin.SignInThrottle.Throttled;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Stands before client authentication at the token endpoints: from an address that failed too
 * often, a request carrying a client secret gets 429 problem details before the secret is hashed.
 */
public class ClientSecretGuard extends OncePerRequestFilter {

  private final SignInAttempts attempts;
  private final ObjectMapper json;

  public ClientSecretGuard(SignInAttempts attempts, ObjectMapper json) {
    this.attempts = attempts;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || ClientCredentials.clientId(request).isEmpty();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Throttled> refused = attempts.admitClientSecret(request.getRemoteAddr());
    if (refused.isPresent()) {
      Refusals.tooMany(
          response, json, refused.get(), "Too many failed client authentications from here.");
      return;
    }
    request.setAttribute(Refusals.ADMITTED, Boolean.TRUE);
    chain.doFilter(request, response);
  }
}
