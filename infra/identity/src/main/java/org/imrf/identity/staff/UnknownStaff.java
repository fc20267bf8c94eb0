package org.imrf.identity.staff;

import org.imrf.backbone.problems.DomainProblem;

/** No such staff account. */
class UnknownStaff extends DomainProblem.NotFound {

  public UnknownStaff(String username) {
    super("Staff account not found", "There is no staff account '" + username + "'");
  }
}
