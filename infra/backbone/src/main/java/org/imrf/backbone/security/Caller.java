package org.imrf.backbone.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: a staff member with roles, a participant through their access link, or nobody.
 * Controllers take it as a parameter; domain code uses it for object-level decisions.
 *
 * @param subject the token's subject, or empty for an anonymous call
 * @param participantId the participant a token speaks for (attendee tokens only)
 * @param authorities roles, scoped roles included (e.g. {@code chair}, {@code chair:round-table-2})
 */
public record Caller(String subject, Optional<UUID> participantId, Set<String> authorities) {

  public static final Caller ANONYMOUS = new Caller("", Optional.empty(), Set.of());

  public Caller {
    authorities = Set.copyOf(authorities);
  }

  /** The caller of the current request. */
  public static Caller current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication instanceof JwtAuthenticationToken token)) {
      return ANONYMOUS;
    }
    Jwt jwt = token.getToken();
    String participant = jwt.getClaimAsString(JwtRoles.PARTICIPANT_CLAIM);
    return new Caller(
        jwt.getSubject(),
        Optional.ofNullable(participant).map(UUID::fromString),
        token.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .collect(java.util.stream.Collectors.toSet()));
  }

  public boolean anonymous() {
    return subject.isEmpty();
  }

  public boolean has(String role) {
    return authorities.contains(role);
  }

  public boolean has(String role, String scope) {
    return authorities.contains(Role.scoped(role, scope));
  }

  public boolean isOrganiser() {
    return has(Role.ORGANISER);
  }

  /** Whether the caller may see and change this participant's own data. */
  public boolean actsFor(UUID participant) {
    return isOrganiser() || participantId.filter(participant::equals).isPresent();
  }

  /** Who did it, for the events that record the acting user. */
  public String actor() {
    return anonymous() ? "anonymous" : subject;
  }
}
