package org.imrf.registration.badge;

import org.imrf.backbone.problems.DomainProblem;

/** A correctly signed code whose badge this forum does not hold. */
class UnknownBadge extends DomainProblem.NotFound {

  public UnknownBadge() {
    super("Unknown badge", "This badge is not one this forum issued");
  }
}
