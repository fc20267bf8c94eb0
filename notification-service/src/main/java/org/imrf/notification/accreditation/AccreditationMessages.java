package org.imrf.notification.accreditation;

import java.time.ZoneId;
import java.util.UUID;
import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.backbone.language.LocalTimes;
import org.imrf.notification.Topics;
import org.imrf.notification.edition.EditionDirectory;
import org.imrf.notification.edition.KnownEdition;
import org.imrf.notification.notification.NotificationWriter;
import org.imrf.notification.notification.Templates;
import org.imrf.notification.participant.KnownParticipant;
import org.imrf.notification.participant.ParticipantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Tells participants, in their language, each step of their accreditation: provisionally approved
 * and until when Member States may object, an objection recorded, granted, or refused with the
 * reason. Every method runs in the transaction that records the event as processed.
 */
@Service
class AccreditationMessages implements EventHandlers {

  static final String GRANTED = "accreditation-granted";
  static final String REFUSED = "accreditation-refused";
  static final String PROVISIONALLY_APPROVED = "accreditation-provisionally-approved";
  static final String OBJECTED = "accreditation-objected";

  private final ParticipantDirectory participants;
  private final EditionDirectory editions;
  private final NotificationWriter notifications;
  private final Templates templates;
  private final ObjectionDisclosure disclosure;

  AccreditationMessages(
      ParticipantDirectory participants,
      EditionDirectory editions,
      NotificationWriter notifications,
      Templates templates,
      @Value("${imrf.accreditation.objection-disclosure:none}") ObjectionDisclosure disclosure) {
    this.participants = participants;
    this.editions = editions;
    this.notifications = notifications;
    this.templates = templates;
    this.disclosure = disclosure;
  }

  @Override
  public void register(Routes routes) {
    routes
        .from(Topics.PARTICIPANTS)
        .on(
            AccreditationProvisionallyApproved.TYPE,
            AccreditationProvisionallyApproved.class,
            (approved, event) -> provisionallyApproved(approved, event.id()))
        .on(
            AccreditationObjected.TYPE,
            AccreditationObjected.class,
            (objected, event) -> objected(objected, event.id()))
        .on(
            AccreditationGranted.TYPE,
            AccreditationGranted.class,
            (granted, event) -> granted(granted, event.id()))
        .on(
            AccreditationRefused.TYPE,
            AccreditationRefused.class,
            (refused, event) -> refused(refused, event.id()));
  }

  /**
   * Until when Member States may object, where the participant is; else where the edition is, as
   * this service knows it; else in UTC, which the message then names.
   */
  void provisionallyApproved(AccreditationProvisionallyApproved approved, UUID eventId) {
    KnownParticipant participant =
        participants.standing(approved.participantId(), "provisionally-approved", null);
    String language = participant.language();
    ZoneId zone =
        participant.zoneOr(
            () -> editions.find(participant.editionId()).map(KnownEdition::timeZone).orElse(null));
    notifications.email(
        participant,
        PROVISIONALLY_APPROVED,
        eventId,
        LocalTimes.dateTime(approved.objectionsUntil(), zone, language)
            + templates.phrase(
                PROVISIONALLY_APPROVED + ".zone", language, LocalTimes.zoneName(zone, language)));
  }

  /** That an objection was recorded; which state, and why, only as far as the setting allows. */
  void objected(AccreditationObjected objected, UUID eventId) {
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
    notifications.email(participant, OBJECTED, eventId, objection, reason);
  }

  void granted(AccreditationGranted granted, UUID eventId) {
    KnownParticipant participant = participants.standing(granted.participantId(), "granted", null);
    notifications.email(participant, GRANTED, eventId, notifications.attendance(participant));
  }

  void refused(AccreditationRefused refused, UUID eventId) {
    KnownParticipant participant = participants.standing(refused.participantId(), "refused", null);
    String reason =
        refused.reason() == null || refused.reason().isBlank()
            ? templates.phrase("accreditation-refused.no-reason", participant.language())
            : refused.reason();
    notifications.email(participant, REFUSED, eventId, reason);
  }
}
