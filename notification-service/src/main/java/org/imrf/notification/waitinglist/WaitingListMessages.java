package org.imrf.notification.waitinglist;

import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.backbone.inbox.InboundEvent;
import org.imrf.notification.Topics;
import org.imrf.notification.notification.NotificationWriter;
import org.imrf.notification.participant.ParticipantDirectory;
import org.springframework.stereotype.Component;

/** Tells someone on the waiting list that a place in person is now theirs. */
@Component
class WaitingListMessages implements EventHandlers {

  static final String PROMOTED = "waiting-list-promoted";

  private final ParticipantDirectory participants;
  private final NotificationWriter notifications;

  WaitingListMessages(ParticipantDirectory participants, NotificationWriter notifications) {
    this.participants = participants;
    this.notifications = notifications;
  }

  @Override
  public void register(Routes routes) {
    routes
        .from(Topics.PARTICIPANTS)
        .on(WaitingListPromoted.TYPE, WaitingListPromoted.class, this::tellPromoted);
  }

  /** Runs in the transaction that records the event as processed. */
  private void tellPromoted(WaitingListPromoted promoted, InboundEvent event) {
    notifications.email(
        participants.standing(promoted.participantId(), null, "in-person"), PROMOTED, event.id());
  }
}
