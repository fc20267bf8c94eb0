package org.imrf.registration.participant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrf.backbone.problems.DomainProblem;

/**
 * The organisation's in-person places are all taken: the participant may attend online or join the
 * organisation's waiting list, and is asked which.
 */
public class InPersonPlacesTaken extends DomainProblem.Conflict {

  public InPersonPlacesTaken(String organisation, int cap) {
    super(
        "In-person places taken",
        organisation
            + " already has "
            + cap
            + " in-person representative"
            + (cap == 1 ? "" : "s")
            + ", the most each organisation may send. You can attend online, or join "
            + organisation
            + "'s waiting list and be given a place as soon as one frees up: send the request"
            + " again with whenInPersonFull set to \"online\" or \"waiting-list\".",
        properties(organisation, cap));
  }

  private static Map<String, Object> properties(String organisation, int cap) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("organisation", organisation);
    properties.put("inPersonCap", cap);
    properties.put("options", List.of("online", "waiting-list"));
    return properties;
  }
}
