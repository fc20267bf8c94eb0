package org.imrf.registration.participant;

import java.util.UUID;
import org.imrf.backbone.problems.DomainProblem;

/** No such participant, or not one the caller may see. */
public class ParticipantNotFound extends DomainProblem.NotFound {

  public ParticipantNotFound(UUID id) {
    super("Participant not found", "There is no participant " + id);
  }
}
