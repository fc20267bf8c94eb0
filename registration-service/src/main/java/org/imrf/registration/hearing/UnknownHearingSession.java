package org.imrf.registration.hearing;

import java.util.Map;
import java.util.UUID;
import org.imrf.backbone.problems.DomainProblem;

/** The edition's hearing has no such session. */
public class UnknownHearingSession extends DomainProblem.NotFound {

  public UnknownHearingSession(String editionId, UUID session) {
    super(
        "Unknown hearing session",
        "The hearing of " + editionId + " has no session " + session,
        Map.of("session", session.toString()));
  }
}
