package org.imrf.registration.participant;

import org.imrf.backbone.outbox.Outbox;
import org.imrf.registration.Topics;
import org.springframework.stereotype.Component;

/** Writes participant events to the outbox, for the participants topic, keyed by participant. */
@Component
class ParticipantEventsOutbox implements ParticipantEvents {

  private final Outbox outbox;

  ParticipantEventsOutbox(Outbox outbox) {
    this.outbox = outbox;
    outbox.publishesTo(Topics.PARTICIPANTS);
  }

  @Override
  public void publish(ParticipantEvent event) {
    outbox.append(Topics.PARTICIPANTS, event);
  }
}
