package org.imrf.backbone.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Roles come from the claim the provider puts them in, nested as Keycloak nests them or not. */
class JwtRolesTest {

  /** A token as a Keycloak realm issues it: roles under realm_access, client roles elsewhere. */
  private static final Jwt KEYCLOAK =
      token(
          Map.of(
              "realm_access",
              Map.of("roles", List.of("organiser", "chair:round-table-2")),
              "resource_access",
              Map.of("imrf-gateway", Map.of("roles", List.of("ops"))),
              "preferred_username",
              "amal"));

  @Test
  void aKeycloakTokensRealmRolesAreReadThroughTheDottedPath() {
    assertThat(names(new JwtRoles("realm_access.roles").convert(KEYCLOAK)))
        .containsExactlyInAnyOrder("organiser", "chair:round-table-2", "chair");
  }

  @Test
  void theFlatClaimFindsNoRolesInAKeycloakToken() {
    assertThat(new JwtRoles("roles").convert(KEYCLOAK)).isEmpty();
  }

  @Test
  void thePlatformsOwnTokensCarryThemFlat() {
    Jwt own = token(Map.of("roles", List.of("ops", "desk:imrf-2026")));

    assertThat(names(new JwtRoles("roles").convert(own)))
        .containsExactlyInAnyOrder("ops", "desk:imrf-2026", "desk");
    assertThat(new JwtRoles("realm_access.roles").convert(own)).isEmpty();
  }

  @Test
  void aPathThroughSomethingThatIsNoObjectOrToSomethingThatIsNoListGrantsNothing() {
    Jwt odd = token(Map.of("realm_access", "organiser", "roles", "organiser"));

    assertThat(new JwtRoles("realm_access.roles").convert(odd)).isEmpty();
    assertThat(new JwtRoles("roles").convert(odd)).isEmpty();
  }

  private static Jwt token(Map<String, Object> claims) {
    return Jwt.withTokenValue("token").header("alg", "RS256").claims(c -> c.putAll(claims)).build();
  }

  private static List<String> names(Collection<GrantedAuthority> authorities) {
    return authorities.stream().map(GrantedAuthority::getAuthority).toList();
  }
}
