package org.imrf.registration.accreditation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.backbone.problems.DomainProblem;
import org.imrf.registration.participant.Accreditation;

/** The decision does not apply to where the accreditation stands; says what would. */
class AccreditationNotAllowed extends DomainProblem.Conflict {

  public AccreditationNotAllowed(
      UUID participant, String decision, Accreditation current, List<String> allowed) {
    super(
        "Decision not possible now",
        "Participant "
            + participant
            + "'s accreditation is "
            + current.code()
            + ": it cannot be "
            + decision
            + (allowed.isEmpty()
                ? "; nothing more is to be decided"
                : "; possible now: " + String.join(", ", allowed)),
        properties(current, allowed));
  }

  private static Map<String, Object> properties(Accreditation current, List<String> allowed) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("accreditation", current.code());
    properties.put("possibleDecisions", allowed);
    return properties;
  }
}
