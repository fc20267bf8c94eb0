package org.imrf.gateway.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.imrf.gateway.problems.GatewayProblem;
import org.imrf.gateway.problems.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.stereotype.Component;

/** The signed-in caller's access token, to relay to the services. */
@Component
public class CallerTokens {

  private static final Logger log = LoggerFactory.getLogger(CallerTokens.class);

  private final OAuth2AuthorizedClientManager staffClients;
  private final AttendeeTokens attendees;

  CallerTokens(OAuth2AuthorizedClientManager staffClients, AttendeeTokens attendees) {
    this.staffClients = staffClients;
    this.attendees = attendees;
  }

  /**
   * The token of whoever is signed in on this session, renewed if needed; none if nobody is.
   *
   * @throws GatewayProblem 401 when the provider no longer renews it (the account was disabled, the
   *     link revoked): the session has then ended; 503 when the provider cannot be reached
   */
  public Optional<String> current(HttpServletRequest request, HttpSession session) {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller instanceof AttendeeAuthentication) {
      return Optional.of(attendees.current(session).orElseThrow(() -> ended(request)));
    }
    if (caller instanceof OAuth2AuthenticationToken staff) {
      OAuth2AuthorizedClient client;
      try {
        client =
            staffClients.authorize(
                OAuth2AuthorizeRequest.withClientRegistrationId(
                        staff.getAuthorizedClientRegistrationId())
                    .principal(staff)
                    .attribute(HttpServletRequest.class.getName(), request)
                    .build());
      } catch (ClientAuthorizationRequiredException e) {
        throw ended(request); // its tokens were dropped: refused elsewhere, or the account changed
      } catch (OAuth2AuthorizationException e) {
        if (OAuth2ErrorCodes.INVALID_GRANT.equals(e.getError().getErrorCode())) {
          throw ended(request);
        }
        log.warn("The provider did not renew {}'s token: {}", staff.getName(), e.getError());
        throw SignInProblems.providerUnavailable();
      }
      if (client == null) {
        throw ended(request);
      }
      return Optional.of(client.getAccessToken().getTokenValue());
    }
    return Optional.empty();
  }

  /** Ends the session whose sign-in the provider no longer honours, and says so. */
  private static GatewayProblem ended(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyEnded) {
        // ended meanwhile, by an event: the same outcome
      }
    }
    SecurityContextHolder.clearContext();
    HttpHeaders headers = new HttpHeaders();
    headers.add(
        HttpHeaders.SET_COOKIE,
        ResponseCookie.from(SecurityConfiguration.SESSION_COOKIE, "")
            .path("/")
            .maxAge(0)
            .httpOnly(true)
            .build()
            .toString());
    return new GatewayProblem(
        ProblemResponses.problem(
            HttpStatus.UNAUTHORIZED,
            "Signed out",
            "Your sign-in is no longer valid (the account or link it used no longer gives"
                + " access), so this session has ended. Sign in again, or ask for a new link."),
        headers);
  }
}
