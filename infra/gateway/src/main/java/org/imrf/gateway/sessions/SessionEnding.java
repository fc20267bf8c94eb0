package org.imrf.gateway.sessions;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.imrf.gateway.signin.AttendeeAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Service;

/** Which sessions each event ends. Counted as {@code imrf.gateway.sessions.ended} by reason. */
@Service
public class SessionEnding {

  private static final Logger log = LoggerFactory.getLogger(SessionEnding.class);

  private final OpenSessions sessions;
  private final OAuth2AuthorizedClientService staffTokens;
  private final MeterRegistry meters;

  SessionEnding(
      OpenSessions sessions, OAuth2AuthorizedClientService staffTokens, MeterRegistry meters) {
    this.sessions = sessions;
    this.staffTokens = staffTokens;
    this.meters = meters;
  }

  /** Every session of an account that was disabled or lost a role, and the tokens they held. */
  public void on(StaffAccountChanged changed) {
    if (!changed.takesPowerAway()) {
      return;
    }
    Set<String> registrations = new HashSet<>();
    end(
        "staff-account-changed",
        caller -> {
          if (caller instanceof OAuth2AuthenticationToken staff
              && staff.getName().equals(changed.username())) {
            registrations.add(staff.getAuthorizedClientRegistrationId());
            return true;
          }
          return false;
        });
    registrations.forEach(
        registration -> staffTokens.removeAuthorizedClient(registration, changed.username()));
  }

  /** The sessions opened with that link. */
  public void on(AccessLinkRevoked revoked) {
    end(
        "access-link-revoked",
        caller ->
            caller instanceof AttendeeAuthentication participant
                && participant.linkHash().equals(revoked.tokenHash()));
  }

  /** Every session of the erased participant. */
  public void on(ParticipantErased erased) {
    end("participant-erased", participant(erased.participantId()));
  }

  /** Every session of the participant whose registration was cancelled. */
  public void on(ParticipantCancelled cancelled) {
    end("participant-cancelled", participant(cancelled.participantId()));
  }

  private static Predicate<Authentication> participant(UUID id) {
    return caller ->
        caller instanceof AttendeeAuthentication participant
            && participant.participantId().equals(id);
  }

  private void end(String reason, Predicate<Authentication> whose) {
    int ended = sessions.end(whose);
    if (ended > 0) {
      meters.counter("imrf.gateway.sessions.ended", "reason", reason).increment(ended);
      log.info("Ended {} session(s): {}", ended, reason);
    }
  }
}
