package org.imrf.registration.hearing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrf.backbone.problems.DomainProblem;

/** The decision does not apply to where the request stands; says what would. */
class DecisionNotPossible extends DomainProblem.Conflict {

  public DecisionNotPossible(SpeakerRequest request, String decision) {
    super(
        "Decision not possible now",
        "Request "
            + request.id()
            + " is "
            + request.status().code()
            + ": it cannot be "
            + decision
            + (request.status().possibleActions().isEmpty()
                ? "; nothing more is to be decided"
                : "; possible now: " + String.join(", ", request.status().possibleActions())),
        properties(request.status().code(), request.status().possibleActions()));
  }

  private static Map<String, Object> properties(String status, List<String> actions) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("status", status);
    properties.put("possibleActions", actions);
    return properties;
  }
}
