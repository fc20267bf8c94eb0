package org.imrf.registration.edition;

import org.imrf.backbone.problems.DomainProblem;

/** Edition ids are unique. */
class EditionExists extends DomainProblem.Conflict {

  public EditionExists(String id) {
    super("Edition exists", "There is already an edition '" + id + "'");
  }
}
