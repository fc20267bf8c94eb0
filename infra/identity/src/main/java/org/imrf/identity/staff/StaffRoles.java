package org.imrf.identity.staff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.imrf.backbone.security.Role;

/** Which role names a staff account may hold. */
public final class StaffRoles {

  private static final Set<String> PLAIN = Set.of(Role.ORGANISER, Role.CHECK_IN, Role.OPS);
  private static final Set<String> SCOPED = Set.of(Role.CHAIR, Role.HOST);

  private StaffRoles() {}

  /** What is wrong with each role that is not a valid staff role; empty if all are. */
  public static List<String> problems(Collection<String> roles) {
    List<String> problems = new ArrayList<>();
    for (String role : roles) {
      int colon = role.indexOf(':');
      if (colon < 0 ? !PLAIN.contains(role) : !validScoped(role, colon)) {
        problems.add(
            "'"
                + role
                + "' is not a staff role: organiser, check-in, ops, chair:<round table>,"
                + " host:<side event>");
      }
    }
    return problems;
  }

  private static boolean validScoped(String role, int colon) {
    return SCOPED.contains(role.substring(0, colon))
        && role.substring(colon + 1).matches("[a-z0-9][a-z0-9-]{0,63}");
  }
}
