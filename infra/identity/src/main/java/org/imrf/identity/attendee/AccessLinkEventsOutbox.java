package org.imrf.identity.attendee;

import org.imrf.backbone.outbox.Outbox;
import org.imrf.identity.Topics;
import org.springframework.stereotype.Component;

/** Writes access-link events to the outbox, for the access-links topic, keyed by participant. */
@Component
class AccessLinkEventsOutbox implements AccessLinkEvents {

  private final Outbox outbox;

  AccessLinkEventsOutbox(Outbox outbox) {
    this.outbox = outbox;
    outbox.publishesTo(Topics.ACCESS_LINKS);
  }

  @Override
  public void firstUsed(AccessLinkFirstUsed event) {
    outbox.append(Topics.ACCESS_LINKS, event);
  }
}
