package org.imrf.identity.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.imrf.identity.signin.SignInThrottle.Throttled;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Stands before the password check of the sign-in form: a throttled attempt is answered without the
 * password hash being computed. A browser goes back to the sign-in page, which says how long to
 * wait; any other caller gets 429 problem details with {@code Retry-After}.
 */
public class PasswordSignInGuard extends OncePerRequestFilter {

  private static final RequestMatcher SIGN_IN =
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

  private final SignInAttempts attempts;
  private final ObjectMapper json;

  public PasswordSignInGuard(SignInAttempts attempts, ObjectMapper json) {
    this.attempts = attempts;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !SIGN_IN.matches(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Throttled> refused =
        attempts.admitPassword(request.getParameter("username"), request.getRemoteAddr());
    if (refused.isEmpty()) {
      request.setAttribute(Refusals.ADMITTED, Boolean.TRUE);
      chain.doFilter(request, response);
    } else if (Refusals.fromBrowser(request)) {
      request
          .getSession()
          .setAttribute(
              WebAttributes.AUTHENTICATION_EXCEPTION,
              new SignInThrottled(refused.get().retryAfterSeconds()));
      response.sendRedirect(request.getContextPath() + "/login?error");
    } else {
      Refusals.tooMany(
          response, json, refused.get(), "Too many failed sign-ins for this account or address.");
    }
  }
}
