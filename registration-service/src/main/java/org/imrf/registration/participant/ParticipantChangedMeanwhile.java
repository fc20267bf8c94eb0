package org.imrf.registration.participant;

import java.util.UUID;
import org.imrf.backbone.problems.DomainProblem;

/** The registration changed since the caller read it (If-Match no longer holds). */
class ParticipantChangedMeanwhile extends DomainProblem.PreconditionFailed {

  public ParticipantChangedMeanwhile(UUID id) {
    super(
        "Changed meanwhile",
        "Participant "
            + id
            + " was changed since you read it: read it again, then make your change");
  }
}
