package org.imrf.identity.staff;

import org.imrf.backbone.problems.DomainProblem;

/** Usernames are unique. */
class UsernameTaken extends DomainProblem.Conflict {

  public UsernameTaken(String username) {
    super("Username taken", "There is already a staff account '" + username + "'");
  }
}
