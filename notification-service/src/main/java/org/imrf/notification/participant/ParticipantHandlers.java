package org.imrf.notification.participant;

import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.notification.Topics;
import org.springframework.stereotype.Component;

/** Keeps this service's copy of each participant from the participants topic. */
@Component
class ParticipantHandlers implements EventHandlers {

  private final ParticipantDirectory participants;

  ParticipantHandlers(ParticipantDirectory participants) {
    this.participants = participants;
  }

  @Override
  public String topic() {
    return Topics.PARTICIPANTS;
  }

  @Override
  public void register(Registry on) {
    on.on(ParticipantRegistered.TYPE, ParticipantRegistered.class, participants::remember)
        .on(ParticipantRegisteredV2.TYPE, ParticipantRegisteredV2.class, participants::remember)
        .on(ParticipantRegisteredV3.TYPE, ParticipantRegisteredV3.class, participants::remember)
        .on(ParticipantDetailsChanged.TYPE, ParticipantDetailsChanged.class, participants::changed);
  }
}
