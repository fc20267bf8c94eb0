package org.imrf.registration.hearing;

import org.imrf.backbone.outbox.Outbox;
import org.imrf.registration.Topics;
import org.springframework.stereotype.Component;

/** Writes hearing events to the outbox, for the hearing topic, keyed by edition. */
@Component
class HearingEventsOutbox implements HearingEvents {

  private final Outbox outbox;

  HearingEventsOutbox(Outbox outbox) {
    this.outbox = outbox;
    outbox.publishesTo(Topics.HEARING);
  }

  @Override
  public void publish(HearingEvent event) {
    outbox.append(Topics.HEARING, event);
  }
}
