package org.imrf.notification.hearing;

import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.notification.Topics;
import org.springframework.stereotype.Component;

/** The hearing's decisions about speakers, from the hearing topic, in both versions still read. */
@Component
class HearingHandlers implements EventHandlers {

  private final HearingMessages messages;

  HearingHandlers(HearingMessages messages) {
    this.messages = messages;
  }

  @Override
  public String topic() {
    return Topics.HEARING;
  }

  @Override
  public void register(Registry on) {
    on.on(
            SpeakerSelected.TYPE,
            SpeakerSelected.class,
            (selected, event) -> messages.selected(selected.read(), event.id()))
        .on(
            SpeakerSelectedV2.TYPE,
            SpeakerSelectedV2.class,
            (selected, event) -> messages.selected(selected, event.id()))
        .on(
            SpeakerDeclined.TYPE,
            SpeakerDeclined.class,
            (declined, event) -> messages.declined(declined.read(), event.id()))
        .on(
            SpeakerDeclinedV2.TYPE,
            SpeakerDeclinedV2.class,
            (declined, event) -> messages.declined(declined, event.id()));
  }
}
