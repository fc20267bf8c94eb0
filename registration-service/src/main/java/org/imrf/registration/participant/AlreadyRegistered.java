package org.imrf.registration.participant;

import org.imrf.backbone.problems.DomainProblem;

/** One registration per edition and email address. */
public class AlreadyRegistered extends DomainProblem.Conflict {

  public AlreadyRegistered(String editionId) {
    super("Already registered", "This email address is already registered for " + editionId);
  }
}
