package org.imrf.registration.hearing;

import java.util.Map;
import org.imrf.backbone.problems.DomainProblem;

/** A participant has one open request to speak per edition; points at it. */
class OpenRequestExists extends DomainProblem.Conflict {

  public OpenRequestExists(SpeakerRequest existing) {
    super(
        "Request to speak exists",
        "Participant "
            + existing.participantId()
            + " already has a request to speak in the hearing of "
            + existing.editionId()
            + " ("
            + existing.id()
            + ", "
            + existing.status().code()
            + "): one open request per participant and edition",
        Map.of(
            "existingRequest", existing.id().toString(),
            "status", existing.status().code(),
            "session", existing.sessionId().toString()));
  }
}
