package org.imrf.gateway.signin;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imrf.gateway.problems.GatewayProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Exchanges a participant's access link at the identity provider for a short-lived token, and again
 * when that token is about to expire. The link stays in the server-side session; the browser only
 * ever holds the session cookie.
 */
@Component
class AttendeeTokens {

  static final String GRANT = "urn:imrf:params:oauth:grant-type:access-link";
  private static final Logger log = LoggerFactory.getLogger(AttendeeTokens.class);
  private static final String SESSION_KEY = AttendeeTokens.class.getName();
  private static final Duration RENEW_BEFORE = Duration.ofSeconds(30);

  private final ClientRegistration client;
  private final RestClient http = RestClient.create();

  AttendeeTokens(ClientRegistrationRepository registrations) {
    this.client = registrations.findByRegistrationId("imrf");
  }

  /**
   * A token for the link's participant, if the link opens anything.
   *
   * @throws GatewayProblem 503 when the provider cannot say (down, or failing)
   */
  Optional<Held> exchange(String link) {
    var form = new LinkedMultiValueMap<String, String>();
    form.add("grant_type", GRANT);
    form.add("access_link", link);
    try {
      Map<String, Object> answer =
          http.post()
              .uri(client.getProviderDetails().getTokenUri())
              .headers(
                  headers -> headers.setBasicAuth(client.getClientId(), client.getClientSecret()))
              .contentType(MediaType.APPLICATION_FORM_URLENCODED)
              .body(form)
              .retrieve()
              .body(new ParameterizedTypeReference<>() {});
      String token = String.valueOf(answer.get("access_token"));
      long expiresIn = ((Number) answer.get("expires_in")).longValue();
      return Optional.of(
          new Held(link, token, Instant.now().plusSeconds(expiresIn), participantOf(token)));
    } catch (RestClientResponseException e) {
      if (e.getStatusCode().is4xxClientError()) {
        return Optional.empty(); // unknown, replaced, revoked or expired: all the same here
      }
      log.warn("The provider failed to exchange an access link: {}", e.getStatusCode());
      throw SignInProblems.providerUnavailable();
    } catch (ResourceAccessException e) {
      log.warn("The provider cannot be reached to exchange an access link: {}", e.toString());
      throw SignInProblems.providerUnavailable();
    }
  }

  void keep(HttpSession session, Held held) {
    session.setAttribute(SESSION_KEY, held);
  }

  /**
   * The participant's current token, renewed from the link when it is about to expire; none when
   * the link no longer opens anything.
   */
  Optional<String> current(HttpSession session) {
    if (session == null || !(session.getAttribute(SESSION_KEY) instanceof Held held)) {
      return Optional.empty();
    }
    if (Instant.now().plus(RENEW_BEFORE).isBefore(held.expiresAt())) {
      return Optional.of(held.token());
    }
    Optional<Held> renewed = exchange(held.link());
    renewed.ifPresent(fresh -> keep(session, fresh));
    return renewed.map(Held::token);
  }

  private static UUID participantOf(String jwt) {
    String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    int at = payload.indexOf("\"participant_id\"");
    int start = payload.indexOf('"', payload.indexOf(':', at) + 1) + 1;
    return UUID.fromString(payload.substring(start, payload.indexOf('"', start)));
  }

  /** What the session holds for a participant. */
  record Held(String link, String token, Instant expiresAt, UUID participantId)
      implements Serializable {}
}
