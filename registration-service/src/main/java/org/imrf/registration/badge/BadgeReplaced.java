package org.imrf.registration.badge;

import java.util.Map;
import org.imrf.backbone.problems.DomainProblem;

/** The badge was replaced by a new one (lost, say): the old one no longer admits anyone. */
public class BadgeReplaced extends DomainProblem.NotFound {

  public BadgeReplaced() {
    super(
        "Badge replaced",
        "This badge was replaced by a newer one and no longer admits anyone: ask the participant"
            + " for their new badge, or an organiser to check who they are",
        Map.of("badge", "replaced"));
  }
}
