package org.imrf.identity.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Counts each outcome of the sign-in form for the throttle, then does what the form does anyway:
 * back to the request that needed the sign-in, or back to the sign-in page with an error.
 */
public class PasswordSignInOutcomes
    implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  private final SignInAttempts attempts;
  private final AuthenticationSuccessHandler success =
      new SavedRequestAwareAuthenticationSuccessHandler();
  private final AuthenticationFailureHandler failure =
      new SimpleUrlAuthenticationFailureHandler("/login?error");

  public PasswordSignInOutcomes(SignInAttempts attempts) {
    this.attempts = attempts;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    if (Refusals.admitted(request)) {
      attempts.passwordSucceeded(request.getParameter("username"), request.getRemoteAddr());
    }
    success.onAuthenticationSuccess(request, response, authentication);
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException, ServletException {
    if (Refusals.admitted(request)) {
      attempts.passwordFailed(
          request.getParameter("username"), request.getRemoteAddr(), reason(exception));
    }
    failure.onAuthenticationFailure(request, response, exception);
  }

  private static String reason(AuthenticationException exception) {
    if (exception instanceof BadCredentialsException) {
      return "bad-credentials"; // unknown usernames too: the answer does not tell them apart
    }
    return exception instanceof DisabledException ? "disabled" : "other";
  }
}
