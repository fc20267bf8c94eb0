package org.imrf.identity.staff;

import java.time.Instant;
import java.util.List;
import org.imrf.backbone.events.EventType;

/**
 * A staff account's roles or status changed: both as they are now and as they were, so that a
 * reader sees what was taken away (the gateway ends the account's sessions when it was disabled or
 * lost a role). Carries no name or email address.
 *
 * @param roles sorted
 * @param previousRoles sorted
 * @param changedBy the organiser's subject
 */
@EventType(name = "imrf.staff.account-changed", version = 1)
public record StaffAccountChanged(
    String username,
    List<String> roles,
    boolean enabled,
    List<String> previousRoles,
    boolean previouslyEnabled,
    String changedBy,
    Instant changedAt)
    implements StaffAccountEvent {

  public StaffAccountChanged {
    roles = List.copyOf(roles);
    previousRoles = List.copyOf(previousRoles);
  }

  /** Whether the account can now do less than before: disabled, or a role taken away. */
  public boolean tookPowerAway() {
    return (previouslyEnabled && !enabled) || !roles.containsAll(previousRoles);
  }

  @Override
  public Instant occurredAt() {
    return changedAt;
  }
}
