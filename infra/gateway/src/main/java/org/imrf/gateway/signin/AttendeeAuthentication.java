package org.imrf.gateway.signin;

import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A participant signed in with their personal access link. */
public final class AttendeeAuthentication extends AbstractAuthenticationToken {

  private final UUID participantId;
  private final String linkHash;

  AttendeeAuthentication(UUID participantId, String linkHash) {
    super(List.of(new SimpleGrantedAuthority("attendee")));
    this.participantId = participantId;
    this.linkHash = linkHash;
    setAuthenticated(true);
  }

  public UUID participantId() {
    return participantId;
  }

  /**
   * SHA-256 of the link this session was opened with, lower-case hex: how registration-service's
   * events name a link.
   */
  public String linkHash() {
    return linkHash;
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
