package org.imrf.notification.participant;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant as this service needs them: whom to write to, how, and about which edition.
 *
 * @param id the participant id
 * @param name their name, in any script
 * @param email their address
 * @param language the UN language to write in (ISO 639-1)
 * @param editionId the edition they registered for
 * @param editionTitle its title
 * @param attendance in-person, online or waiting-list; null if not said (older registrations)
 * @param accreditation where their accreditation stands; null if not said
 * @param cancelledAt when they cancelled; null while registered
 */
public record KnownParticipant(
    UUID id,
    String name,
    String email,
    String language,
    String editionId,
    String editionTitle,
    String attendance,
    String accreditation,
    Instant cancelledAt) {

  KnownParticipant with(String name, String language, String attendance, String accreditation) {
    return new KnownParticipant(
        id, name, email, language, editionId, editionTitle, attendance, accreditation, cancelledAt);
  }

  KnownParticipant cancelled(Instant at) {
    return new KnownParticipant(
        id, name, email, language, editionId, editionTitle, attendance, accreditation, at);
  }
}
