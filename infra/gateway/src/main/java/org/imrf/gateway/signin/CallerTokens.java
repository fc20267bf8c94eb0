package org.imrf.gateway.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

/** The signed-in caller's access token, to relay to the services. */
@Component
public class CallerTokens {

  private final OAuth2AuthorizedClientManager staffClients;
  private final AttendeeTokens attendees;

  CallerTokens(OAuth2AuthorizedClientManager staffClients, AttendeeTokens attendees) {
    this.staffClients = staffClients;
    this.attendees = attendees;
  }

  /** The token of whoever is signed in on this session, renewed if needed; none if nobody is. */
  public Optional<String> current(HttpServletRequest request, HttpSession session) {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller instanceof AttendeeAuthentication) {
      return attendees.current(session);
    }
    if (caller instanceof OAuth2AuthenticationToken staff) {
      OAuth2AuthorizedClient client =
          staffClients.authorize(
              OAuth2AuthorizeRequest.withClientRegistrationId(
                      staff.getAuthorizedClientRegistrationId())
                  .principal(staff)
                  .attribute(HttpServletRequest.class.getName(), request)
                  .build());
      return Optional.ofNullable(client).map(c -> c.getAccessToken().getTokenValue());
    }
    return Optional.empty();
  }
}
