package org.imrf.notification.confirmation;

import java.util.UUID;
import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.backbone.inbox.InboundEvent;
import org.imrf.backbone.language.LocalTimes;
import org.imrf.backbone.sealing.Sealer;
import org.imrf.notification.Topics;
import org.imrf.notification.notification.NotificationWriter;
import org.imrf.notification.notification.Templates;
import org.imrf.notification.participant.KnownParticipant;
import org.imrf.notification.participant.ParticipantDirectory;
import org.springframework.stereotype.Service;

/**
 * Confirms to participants, in their language, what they did. The link given at registration comes
 * in the registration confirmation, a fresh one in a message of its own, which says whether the
 * earlier link has stopped working (replaced) or stops once this one is opened (asked for by
 * address, perhaps by someone else); a cancellation is confirmed too.
 */
@Service
class Confirmations implements EventHandlers {

  static final String CONFIRMATION = "registration-confirmation";
  static final String FRESH_LINK = "access-link";
  static final String CANCELLED = "registration-cancelled";

  /** The text of a fresh link asked for by address; its kind is {@link #FRESH_LINK}. */
  static final String REQUESTED_LINK_TEXT = "access-link-requested";

  private final ParticipantDirectory participants;
  private final NotificationWriter notifications;
  private final Templates templates;
  private final Sealer sealer;

  Confirmations(
      ParticipantDirectory participants,
      NotificationWriter notifications,
      Templates templates,
      Sealer sealer) {
    this.participants = participants;
    this.notifications = notifications;
    this.templates = templates;
    this.sealer = sealer;
  }

  @Override
  public void register(Routes routes) {
    // the registration confirmation is sent on the first access-link-issued (reason
    // "registration"), not on participant-registered: it carries the link, which only that event
    // has
    routes
        .from(Topics.PARTICIPANTS)
        .on(
            AccessLinkIssued.TYPE,
            AccessLinkIssued.class,
            (issued, event) -> confirmOrSendLink(issued, event.id()))
        .on(ParticipantCancelled.TYPE, ParticipantCancelled.class, this::confirmCancellation);
  }

  private void confirmCancellation(ParticipantCancelled cancelled, InboundEvent event) {
    notifications.email(
        participants.cancelled(cancelled.participantId(), cancelled.cancelledAt()),
        CANCELLED,
        event.id());
  }

  /**
   * What comes next for a new participant: their accreditation, if it is still to be decided, and
   * how they attend. Empty for participants registered before registrations said.
   */
  private String standing(KnownParticipant participant) {
    StringBuilder standing = new StringBuilder();
    if ("awaiting-confirmation".equals(participant.accreditation())
        || "pending".equals(participant.accreditation())) {
      standing.append(
          templates.phrase(
              "standing.accreditation." + participant.accreditation(), participant.language()));
    }
    String attendance = notifications.attendance(participant);
    if (!attendance.isEmpty()) {
      if (!standing.isEmpty()) {
        standing.append(' ');
      }
      standing.append(attendance);
    }
    return standing.isEmpty() ? "" : standing + "\n\n";
  }

  /**
   * Writes the confirmation, or the message with a fresh link; runs in the transaction that records
   * the event as processed.
   *
   * @param eventId the event's id, kept so that one event yields one message
   * @throws IllegalStateException if the participant's registration has not been seen
   */
  private void confirmOrSendLink(AccessLinkIssued issued, UUID eventId) {
    KnownParticipant participant = participants.require(issued.participantId());
    String kind = issued.atRegistration() ? CONFIRMATION : FRESH_LINK;
    // where the participant is, when they said; else UTC, as links expire at a UTC instant
    String until =
        LocalTimes.date(
            issued.expiresAt().atZone(participant.zone()).toLocalDate(), participant.language());
    notifications.emailInText(
        participant,
        kind,
        issued.requested() ? REQUESTED_LINK_TEXT : kind,
        eventId,
        sealer.open(issued.sealedLink()),
        until,
        standing(participant));
  }
}
