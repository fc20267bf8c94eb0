package org.imrf.notification.confirmation;

import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.backbone.inbox.InboundEvent;
import org.imrf.notification.Topics;
import org.imrf.notification.notification.NotificationWriter;
import org.imrf.notification.participant.ParticipantDirectory;
import org.springframework.stereotype.Component;

/** Confirms to a participant what they did: registered, asked for a fresh link, cancelled. */
@Component
class ConfirmationHandlers implements EventHandlers {

  static final String CANCELLED = "registration-cancelled";

  private final AccessLinkMessages links;
  private final ParticipantDirectory participants;
  private final NotificationWriter notifications;

  ConfirmationHandlers(
      AccessLinkMessages links,
      ParticipantDirectory participants,
      NotificationWriter notifications) {
    this.links = links;
    this.participants = participants;
    this.notifications = notifications;
  }

  @Override
  public String topic() {
    return Topics.PARTICIPANTS;
  }

  @Override
  public void register(Registry on) {
    // the registration confirmation is sent on the first access-link-issued (reason
    // "registration"), not on participant-registered: it carries the link, which only that event
    // has
    on.on(
            AccessLinkIssued.TYPE,
            AccessLinkIssued.class,
            (issued, event) -> links.send(issued, event.id()))
        .on(ParticipantCancelled.TYPE, ParticipantCancelled.class, this::confirmCancellation);
  }

  private void confirmCancellation(ParticipantCancelled cancelled, InboundEvent event) {
    notifications.email(
        participants.cancelled(cancelled.participantId(), cancelled.cancelledAt()),
        CANCELLED,
        event.id());
  }
}
