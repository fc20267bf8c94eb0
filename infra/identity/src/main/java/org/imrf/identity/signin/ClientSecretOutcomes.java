package org.imrf.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Counts each outcome of client authentication at the token endpoints for the throttle, then does
 * what the authorization server does by default: the client is authenticated for the request, or
 * the caller gets the OAuth error ({@code invalid_client}: 401) and nothing more.
 */
public class ClientSecretOutcomes
    implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  private final SignInAttempts attempts;
  private final OAuth2ErrorHttpMessageConverter errors = new OAuth2ErrorHttpMessageConverter();

  public ClientSecretOutcomes(SignInAttempts attempts) {
    this.attempts = attempts;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    if (Refusals.admitted(request)) {
      attempts.clientSecretSucceeded(request.getRemoteAddr());
    }
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    SecurityContextHolder.clearContext();
    if (Refusals.admitted(request)) {
      attempts.clientSecretFailed(
          ClientCredentials.clientId(request).orElse(""), request.getRemoteAddr());
    }
    String code =
        exception instanceof OAuth2AuthenticationException oauth
            ? oauth.getError().getErrorCode()
            : OAuth2ErrorCodes.INVALID_CLIENT;
    ServletServerHttpResponse http = new ServletServerHttpResponse(response);
    http.setStatusCode(
        OAuth2ErrorCodes.INVALID_CLIENT.equals(code)
            ? HttpStatus.UNAUTHORIZED
            : HttpStatus.BAD_REQUEST);
    errors.write(new OAuth2Error(code), null, http);
  }
}
