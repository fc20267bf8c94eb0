package org.imrf.identity.staff;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.imrf.backbone.events.EventType;

/**
 * A staff account was created, with its roles. Carries no name or email address.
 *
 * @param roles sorted
 * @param createdBy the organiser's subject, or {@code bootstrap} for the first organiser
 */
@EventType(name = "imrf.staff.account-created", version = 1)
public record StaffAccountCreated(
    String username, List<String> roles, String createdBy, Instant createdAt)
    implements StaffAccountEvent {

  public StaffAccountCreated {
    roles = List.copyOf(roles);
  }

  static StaffAccountCreated of(StaffAccount account) {
    return new StaffAccountCreated(
        account.username(), sorted(account.roles()), account.createdBy(), account.createdAt());
  }

  static List<String> sorted(Set<String> roles) {
    return roles.stream().sorted().toList();
  }

  @Override
  public Instant occurredAt() {
    return createdAt;
  }
}
