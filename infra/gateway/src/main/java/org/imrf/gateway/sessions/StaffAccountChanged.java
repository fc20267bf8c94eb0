package org.imrf.gateway.sessions;

import java.util.List;
import java.util.Objects;

/** The gateway's copy of identity-service's {@code imrf.staff.account-changed.v1}. */
public record StaffAccountChanged(
    String username, List<String> roles, Boolean enabled, List<String> previousRoles) {

  public static final String TYPE = "imrf.staff.account-changed.v1";

  public StaffAccountChanged {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(enabled, "enabled");
    roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
    previousRoles = List.copyOf(Objects.requireNonNull(previousRoles, "previousRoles"));
  }

  /** Disabled, or a role taken away: what the account's sessions were given is too much now. */
  boolean takesPowerAway() {
    return !enabled || !roles.containsAll(previousRoles);
  }
}
