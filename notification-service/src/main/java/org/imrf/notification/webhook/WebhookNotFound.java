package org.imrf.notification.webhook;

import java.util.UUID;
import org.imrf.backbone.problems.DomainProblem;

/** No endpoint has this id (or it was removed). */
public class WebhookNotFound extends DomainProblem.NotFound {

  public WebhookNotFound(UUID id) {
    super("Webhook endpoint not found", "There is no webhook endpoint " + id);
  }
}
