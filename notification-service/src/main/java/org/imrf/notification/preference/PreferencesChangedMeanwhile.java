package org.imrf.notification.preference;

import java.util.UUID;
import org.imrf.backbone.problems.DomainProblem;

/** The preferences changed since the caller read them (If-Match no longer holds). */
class PreferencesChangedMeanwhile extends DomainProblem.PreconditionFailed {

  PreferencesChangedMeanwhile(UUID participant) {
    super(
        "Changed meanwhile",
        "The preferences of participant "
            + participant
            + " were changed since you read them: read them again, then make your change");
  }
}
