package org.imrf.registration.participant;

import java.util.LinkedHashMap;
import java.util.Map;
import org.imrf.backbone.problems.DomainProblem;

/** One registration per edition and email address; says how to get one's access link again. */
class AlreadyRegistered extends DomainProblem.Conflict {

  public AlreadyRegistered(String editionId, String email) {
    super(
        "Already registered",
        "This email address is already registered for "
            + editionId
            + ". To open your registration, ask for a fresh access link: POST /access-links with"
            + " the edition and your email address, and it is sent to that address.",
        fresh(editionId, email));
  }

  private static Map<String, Object> fresh(String editionId, String email) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("method", "POST");
    request.put("href", "/access-links");
    request.put("body", Map.of("edition", editionId, "email", email));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("edition", editionId);
    properties.put("accessLinkRequest", request);
    return properties;
  }
}
