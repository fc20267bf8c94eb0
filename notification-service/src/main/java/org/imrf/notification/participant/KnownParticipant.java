package org.imrf.notification.participant;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;
import org.imrf.backbone.language.MultilingualText;

/**
 * A participant as this service needs them: whom to write to, how, and about which edition.
 *
 * @param id the participant id
 * @param name their name, in any script
 * @param email their address
 * @param organisation the organisation, delegation or entity they represent; null if not said
 * @param country ISO 3166-1 alpha-2 code of their country; null if not said
 * @param category who they take part as (e.g. {@code member-state}); null if not said
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
    String organisation,
    String country,
    String category,
    String language,
    String editionId,
    MultilingualText editionTitles,
    String attendance,
    String accreditation,
    String timeZone,
    Instant cancelledAt) {

  /**
   * Where the participant is, for the times a message gives: their own zone when they said, else
   * {@code otherwise}'s (a zone id, or null); UTC if that names none, or a zone no longer known.
   */
  public ZoneId zoneOr(Supplier<String> otherwise) {
    String zone = timeZone != null ? timeZone : otherwise.get();
    try {
      return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
    } catch (DateTimeException unknown) {
      return ZoneOffset.UTC;
    }
  }

  /** Where the participant is when they said, else UTC. */
  public ZoneId zone() {
    return zoneOr(() -> null);
  }

  KnownParticipant with(
      String name, String language, String attendance, String accreditation, String timeZone) {
    return new KnownParticipant(
        id,
        name,
        email,
        organisation,
        country,
        category,
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
        organisation,
        country,
        category,
        language,
        editionId,
        editionTitles,
        attendance,
        accreditation,
        timeZone,
        at);
  }
}
