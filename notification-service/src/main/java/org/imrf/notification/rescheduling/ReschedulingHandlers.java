package org.imrf.notification.rescheduling;

import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.notification.Topics;
import org.springframework.stereotype.Component;

/** Reschedulings from the editions topic, in both versions still read. */
@Component
class ReschedulingHandlers implements EventHandlers {

  private final ReschedulingMessages messages;

  ReschedulingHandlers(ReschedulingMessages messages) {
    this.messages = messages;
  }

  @Override
  public String topic() {
    return Topics.EDITIONS;
  }

  @Override
  public void register(Registry on) {
    on.on(
            EditionRescheduled.TYPE,
            EditionRescheduled.class,
            (rescheduled, event) -> messages.tell(rescheduled.read(), event.id()))
        .on(
            EditionRescheduledV2.TYPE,
            EditionRescheduledV2.class,
            (rescheduled, event) -> messages.tell(rescheduled.read(), event.id()));
  }
}
