package org.imrf.registration.edition;

import java.util.Map;
import org.imrf.backbone.problems.DomainProblem;

/** The request names an edition the forum does not hold. */
public class UnknownEdition extends DomainProblem.NotFound {

  public UnknownEdition(String editionId) {
    super(
        "Unknown edition",
        "There is no forum edition '" + editionId + "'",
        Map.of("edition", editionId));
  }
}
