package org.imrf.notification.confirmation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.imrf.backbone.language.LocalTimes;
import org.imrf.notification.edition.EditionDirectory;
import org.imrf.notification.edition.KnownEdition;
import org.imrf.notification.notification.Message;
import org.imrf.notification.notification.Notification;
import org.imrf.notification.notification.Notifications;
import org.imrf.notification.notification.Templates;
import org.imrf.notification.participant.KnownParticipant;
import org.imrf.notification.participant.ParticipantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Tells participants, in their language, what happens to their participation: a cancellation
 * confirmed, each step of their accreditation (provisionally approved and until when Member States
 * may object, an objection recorded, granted or refused with the reason), a place freed up for
 * them. Every method runs in the transaction that records the event as processed.
 */
@Service
public class ParticipationMessages {

  public static final String CANCELLED = "registration-cancelled";
  public static final String GRANTED = "accreditation-granted";
  public static final String REFUSED = "accreditation-refused";
  public static final String PROMOTED = "waiting-list-promoted";
  public static final String PROVISIONALLY_APPROVED = "accreditation-provisionally-approved";
  public static final String OBJECTED = "accreditation-objected";

  private final ParticipantDirectory participants;
  private final EditionDirectory editions;
  private final Notifications notifications;
  private final Templates templates;
  private final ObjectionDisclosure disclosure;
  private final Clock clock;

  ParticipationMessages(
      ParticipantDirectory participants,
      EditionDirectory editions,
      Notifications notifications,
      Templates templates,
      @Value("${imrf.accreditation.objection-disclosure:none}") ObjectionDisclosure disclosure,
      Clock clock) {
    this.participants = participants;
    this.editions = editions;
    this.notifications = notifications;
    this.templates = templates;
    this.disclosure = disclosure;
    this.clock = clock;
  }

  /** Until when Member States may object, where the participant is (else where the forum is). */
  public void provisionallyApproved(AccreditationProvisionallyApproved approved, UUID eventId) {
    KnownParticipant participant =
        participants.standing(approved.participantId(), "provisionally-approved", null);
    String language = participant.language();
    ZoneId zone = zone(participant);
    send(
        participant,
        PROVISIONALLY_APPROVED,
        eventId,
        LocalTimes.dateTime(approved.objectionsUntil(), zone, language)
            + templates.phrase(
                PROVISIONALLY_APPROVED + ".zone", language, LocalTimes.zoneName(zone, language)));
  }

  /** That an objection was recorded; which state, and why, only as far as the setting allows. */
  public void objected(AccreditationObjected objected, UUID eventId) {
    KnownParticipant participant =
        participants.standing(objected.participantId(), "objected", null);
    String language = participant.language();
    boolean named =
        disclosure == ObjectionDisclosure.STATE_AND_REASON && objected.raisedBy() != null;
    String objection =
        named
            ? templates.phrase(
                OBJECTED + ".by-state", language, LocalTimes.country(objected.raisedBy(), language))
            : "";
    boolean reasoned =
        disclosure != ObjectionDisclosure.NONE
            && objected.reason() != null
            && !objected.reason().isBlank();
    String reason =
        reasoned ? templates.phrase(OBJECTED + ".reason", language, objected.reason()) : "";
    send(participant, OBJECTED, eventId, objection, reason);
  }

  /**
   * The participant's own time zone; else the edition's, as this service knows it; else UTC, which
   * the message then names.
   */
  private ZoneId zone(KnownParticipant participant) {
    String zone =
        participant.timeZone() != null
            ? participant.timeZone()
            : editions.find(participant.editionId()).map(KnownEdition::timeZone).orElse(null);
    try {
      return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
    } catch (DateTimeException unknown) {
      return ZoneOffset.UTC;
    }
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
    arguments[1] = editions.titleFor(participant);
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
