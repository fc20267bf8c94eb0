package org.imrf.registration.edition;

import org.imrf.backbone.problems.DomainProblem;

/** Someone else changed the edition since the caller read it. */
class EditionChangedMeanwhile extends DomainProblem.PreconditionFailed {

  public EditionChangedMeanwhile(String id) {
    super(
        "Changed meanwhile",
        "Edition '"
            + id
            + "' was changed by someone else since you read it: read it again, then change it");
  }
}
