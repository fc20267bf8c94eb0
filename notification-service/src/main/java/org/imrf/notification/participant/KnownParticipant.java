package org.imrf.notification.participant;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;

/**
 * A participant as this service needs them: whom to write to, how, and about which edition.
 *
 * @param id the participant id
 * @param name their name, in any script
 * @param email their address
 * @param language the UN language to write in (ISO 639-1)
 * @param editionId the edition they registered for
 * @param editionTitles its title as their registration carried it, in each language given
 * @param attendance in-person, online or waiting-list; null if not said (older registrations)
 * @param accreditation where their accreditation stands; null if not said
 * @param timeZone where they are (an IANA zone), for the times messages give; null if not said
 * @param cancelledAt when they cancelled; null while registered
 */
public record KnownParticipant(
    UUID id,
    String name,
    String email,
    String language,
    String editionId,
    MultilingualText editionTitles,
    String attendance,
    String accreditation,
    String timeZone,
    Instant cancelledAt) {

  KnownParticipant with(
      String name, String language, String attendance, String accreditation, String timeZone) {
    return new KnownParticipant(
        id,
        name,
        email,
        language,
        editionId,
        editionTitles,
        attendance,
        accreditation,
        timeZone,
        cancelledAt);
  }

  KnownParticipant cancelled(Instant at) {
    return new KnownParticipant(
        id,
        name,
        email,
        language,
        editionId,
        editionTitles,
        attendance,
        accreditation,
        timeZone,
        at);
  }
}
