package org.imrf.notification.confirmation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.imrf.notification.notification.Message;
import org.imrf.notification.notification.Notification;
import org.imrf.notification.notification.Notifications;
import org.imrf.notification.notification.Templates;
import org.imrf.notification.participant.KnownParticipant;
import org.imrf.notification.participant.ParticipantDirectory;
import org.springframework.stereotype.Service;

/**
 * Tells participants, in their language, what happens to their participation: a cancellation
 * confirmed, accreditation granted or refused (with the reason), a place freed up for them. Every
 * method runs in the transaction that records the event as processed.
 */
@Service
public class ParticipationMessages {

  public static final String CANCELLED = "registration-cancelled";
  public static final String GRANTED = "accreditation-granted";
  public static final String REFUSED = "accreditation-refused";
  public static final String PROMOTED = "waiting-list-promoted";

  private final ParticipantDirectory participants;
  private final Notifications notifications;
  private final Templates templates;
  private final Clock clock;

  ParticipationMessages(
      ParticipantDirectory participants,
      Notifications notifications,
      Templates templates,
      Clock clock) {
    this.participants = participants;
    this.notifications = notifications;
    this.templates = templates;
    this.clock = clock;
  }

  public void cancelled(ParticipantCancelled cancelled, UUID eventId) {
    KnownParticipant participant =
        participants.cancelled(cancelled.participantId(), cancelled.cancelledAt());
    send(participant, CANCELLED, eventId);
  }

  public void granted(AccreditationGranted granted, UUID eventId) {
    KnownParticipant participant = participants.standing(granted.participantId(), "granted", null);
    send(participant, GRANTED, eventId, attending(participant));
  }

  public void refused(AccreditationRefused refused, UUID eventId) {
    KnownParticipant participant = participants.standing(refused.participantId(), "refused", null);
    String reason =
        refused.reason() == null || refused.reason().isBlank()
            ? templates.phrase("accreditation-refused.no-reason", participant.language())
            : refused.reason();
    send(participant, REFUSED, eventId, reason);
  }

  public void promoted(WaitingListPromoted promoted, UUID eventId) {
    KnownParticipant participant =
        participants.standing(promoted.participantId(), null, "in-person");
    send(participant, PROMOTED, eventId);
  }

  /** How the participant attends, as a sentence of its own. */
  private String attending(KnownParticipant participant) {
    return participant.attendance() == null
        ? ""
        : templates.phrase(
            "standing.attendance." + participant.attendance(), participant.language());
  }

  private void send(KnownParticipant participant, String kind, UUID eventId, Object... more) {
    Object[] arguments = new Object[2 + more.length];
    arguments[0] = participant.name();
    arguments[1] = participant.editionTitle();
    System.arraycopy(more, 0, arguments, 2, more.length);
    Message message = templates.render(kind, participant.language(), arguments);
    notifications.add(
        new Notification(
            UUID.randomUUID(),
            participant.id(),
            eventId,
            kind,
            "email",
            participant.email(),
            participant.language(),
            message.subject(),
            message.body(),
            Instant.now(clock)));
  }
}
