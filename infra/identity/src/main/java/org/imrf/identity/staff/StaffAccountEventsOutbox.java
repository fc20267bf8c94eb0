package org.imrf.identity.staff;

import org.imrf.backbone.outbox.Outbox;
import org.imrf.identity.Topics;
import org.springframework.stereotype.Component;

/** Writes staff account events to the outbox, for the staff topic, keyed by username. */
@Component
class StaffAccountEventsOutbox implements StaffAccountEvents {

  private final Outbox outbox;

  StaffAccountEventsOutbox(Outbox outbox) {
    this.outbox = outbox;
    outbox.publishesTo(Topics.STAFF);
  }

  @Override
  public void publish(StaffAccountEvent event) {
    outbox.append(Topics.STAFF, event);
  }
}
