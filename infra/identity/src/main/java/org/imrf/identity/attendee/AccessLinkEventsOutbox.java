package org.imrf.identity.attendee.messaging;

import org.imrf.backbone.outbox.Outbox;
import org.imrf.identity.Topics;
import org.imrf.identity.attendee.AccessLinkEvents;
import org.imrf.identity.attendee.AccessLinkFirstUsed;
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
