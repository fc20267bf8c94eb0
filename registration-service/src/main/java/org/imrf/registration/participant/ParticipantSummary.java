package org.imrf.registration.participant;

import java.time.Instant;
import java.util.UUID;

/**
 * Who a participant is and where their registration stands, as other features read it (badges, the
 * hearing, accreditation, access links): nothing that reaches them (address), nor what they told
 * about themselves (needs, lived experience).
 *
 * @param id assigned at registration
 * @param editionId the edition they registered for
 * @param name as the participant wrote it; empty once erased
 * @param organisation the organisation, delegation or entity they represent; empty once erased
 * @param category who they take part as
 * @param preferredLanguage the UN language of everything they receive
 * @param attendance in person, online, or on their organisation's waiting list
 * @param accreditation where their accreditation stands
 * @param objectionsUntil the end of the non-objection period of a provisional approval, else null
 * @param status where the registration stands
 */
public record ParticipantSummary(
    UUID id,
    String editionId,
    String name,
    String organisation,
    Category category,
    UnLanguage preferredLanguage,
    Attendance attendance,
    Accreditation accreditation,
    Instant objectionsUntil,
    RegistrationStatus status) {

  static ParticipantSummary of(Participant participant) {
    return new ParticipantSummary(
        participant.id(),
        participant.editionId(),
        participant.name(),
        participant.organisation(),
        participant.category(),
        participant.preferredLanguage(),
        participant.attendance(),
        participant.accreditation(),
        participant.objectionsUntil(),
        participant.status());
  }

  /** Neither cancelled, erased nor refused: still coming, or hoping to. */
  public boolean live() {
    return status == RegistrationStatus.REGISTERED
        || status == RegistrationStatus.AWAITING_ACCREDITATION;
  }

  /** Holds one of the organisation's capped in-person places (or will, once accredited). */
  public boolean holdsInPersonPlace() {
    return live() && attendance == Attendance.IN_PERSON;
  }
}
