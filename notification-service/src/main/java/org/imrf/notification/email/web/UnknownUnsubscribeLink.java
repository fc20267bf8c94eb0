package org.imrf.notification.email.web;

import org.imrf.backbone.problems.DomainProblem;

/** A token that was not made here, or was changed: 404, as for a link that never existed. */
class UnknownUnsubscribeLink extends DomainProblem.NotFound {

  UnknownUnsubscribeLink() {
    super(
        "Unknown unsubscribe link",
        "This unsubscribe link was not made by this platform, or was changed. Use the link from"
            + " the email as it is.");
  }
}
