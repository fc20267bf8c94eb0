package org.imrf.gateway.signin;

import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A participant signed in with their personal access link. */
public final class AttendeeAuthentication extends AbstractAuthenticationToken {

  private final UUID participantId;

  AttendeeAuthentication(UUID participantId) {
    super(List.of(new SimpleGrantedAuthority("attendee")));
    this.participantId = participantId;
    setAuthenticated(true);
  }

  public UUID participantId() {
    return participantId;
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return "participant:" + participantId;
  }
}
