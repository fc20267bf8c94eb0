package org.imrf.registration.participant;

import java.util.Map;
import java.util.UUID;
import org.imrf.backbone.problems.DomainProblem;

/** A cancelled, refused or erased registration cannot be changed. */
class RegistrationClosedForChanges extends DomainProblem.Conflict {

  public RegistrationClosedForChanges(UUID id, RegistrationStatus status) {
    super(
        "Registration cannot be changed",
        "Participant " + id + " is " + status.code() + "; the registration can no longer change",
        Map.of("status", status.code()));
  }
}
