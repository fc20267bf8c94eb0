package org.imrf.registration.hearing;

import java.util.UUID;
import org.imrf.backbone.problems.DomainProblem;

/** Someone else changed the session since the caller read it. */
class HearingSessionChangedMeanwhile extends DomainProblem.PreconditionFailed {

  public HearingSessionChangedMeanwhile(UUID id) {
    super(
        "Changed meanwhile",
        "Hearing session "
            + id
            + " was changed by someone else since you read it: read it again, then change it");
  }
}
