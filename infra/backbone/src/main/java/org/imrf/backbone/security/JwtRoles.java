package org.imrf.backbone.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads roles from the claim the provider puts them in ({@code roles} for the platform's own
 * provider, {@code realm_access.roles} for a Keycloak realm): a scoped role {@code chair:x} grants
 * both {@code chair:x} and {@code chair}.
 */
public final class JwtRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

  /** The claim naming the participant an attendee token speaks for. */
  public static final String PARTICIPANT_CLAIM = "participant_id";

  private final List<String> path;

  /**
   * @param claim the roles claim, a dotted path into nested claims (e.g. realm_access.roles)
   */
  public JwtRoles(String claim) {
    this.path = List.of(claim.split("\\."));
  }

  @Override
  public Collection<GrantedAuthority> convert(Jwt jwt) {
    Object value = jwt.getClaims();
    for (String step : path) {
      value = value instanceof Map<?, ?> map ? map.get(step) : null;
    }
    List<GrantedAuthority> authorities = new ArrayList<>();
    if (value instanceof Collection<?> roles) {
      for (Object role : roles) {
        String name = String.valueOf(role);
        authorities.add(new SimpleGrantedAuthority(name));
        int colon = name.indexOf(':');
        if (colon > 0) {
          authorities.add(new SimpleGrantedAuthority(name.substring(0, colon)));
        }
      }
    }
    return authorities;
  }
}
