package org.imrf.registration.edition;

import org.imrf.backbone.outbox.Outbox;
import org.imrf.registration.Topics;
import org.springframework.stereotype.Component;

/** Writes edition events to the outbox, for the editions topic, keyed by edition. */
@Component
class EditionEventsOutbox implements EditionEvents {

  private final Outbox outbox;

  EditionEventsOutbox(Outbox outbox) {
    this.outbox = outbox;
    outbox.publishesTo(Topics.EDITIONS);
  }

  @Override
  public void publish(EditionEvent event) {
    outbox.append(Topics.EDITIONS, event);
  }
}
