package org.imrf.registration.badge;

import org.imrf.backbone.outbox.Outbox;
import org.imrf.registration.Topics;
import org.springframework.stereotype.Component;

/**
 * Writes badge and check-in events to the outbox, for the check-ins topic, keyed by participant.
 */
@Component
class CheckInEventsOutbox implements CheckInEvents {

  private final Outbox outbox;

  CheckInEventsOutbox(Outbox outbox) {
    this.outbox = outbox;
    outbox.publishesTo(Topics.CHECK_INS);
  }

  @Override
  public void publish(CheckInEvent event) {
    outbox.append(Topics.CHECK_INS, event);
  }
}
