package org.imrf.registration.participant;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.imrf.backbone.domain.Coded;

/**
 * Someone registered for a forum edition, as shown to organisers and to the participant themselves:
 * every detail, read-only (the Participation aggregate changes it). Features that only need who
 * they are and where they stand read {@link ParticipantSummary}.
 *
 * @param id assigned at registration
 * @param editionId the edition, e.g. {@code imrf-2026}
 * @param name as the participant wrote it, in any script
 * @param email where the participant hears from the forum
 * @param organisation the organisation, delegation or entity they represent
 * @param country ISO 3166-1 alpha-2 code of the country they come from or represent
 * @param category who they take part as
 * @param preferredLanguage the UN language of everything the participant receives
 * @param attendance in person, online, or on their organisation's waiting list
 * @param waitlistedAt when they joined the waiting list (its order); null when not on it
 * @param accessibility what they need to take part fully
 * @param livedExperience self-declared lived experience of migration, if they said
 * @param publicListing whether they agreed to appear on the public participant list
 * @param timeZone where they follow the forum from, for times shown to them
 * @param accreditation where their accreditation stands
 * @param objectionsUntil the end of the non-objection period of a provisional approval, else null
 * @param registeredAt when the registration was accepted
 * @param cancelledAt when they (or an organiser) cancelled it, else null
 * @param erasedAt when their personal data was erased, else null
 * @param version incremented by every change, for If-Match
 */
public record Participant(
    UUID id,
    String editionId,
    String name,
    String email,
    String organisation,
    String country,
    Category category,
    UnLanguage preferredLanguage,
    Attendance attendance,
    Instant waitlistedAt,
    AccessibilityNeeds accessibility,
    LivedExperience livedExperience,
    boolean publicListing,
    ZoneId timeZone,
    Accreditation accreditation,
    Instant objectionsUntil,
    Instant registeredAt,
    Instant cancelledAt,
    Instant erasedAt,
    int version) {

  /** Where a registration stands, as organisers filter and count it. */
  public enum Status implements Coded {
    /** Takes part: accredited or needing no accreditation. */
    REGISTERED("registered"),
    AWAITING_ACCREDITATION("awaiting-accreditation"),
    REFUSED("refused"),
    CANCELLED("cancelled"),
    /** Personal data erased on request; the record remains, anonymous, for the counts. */
    ERASED("erased");

    private final String code;

    Status(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  public Status status() {
    if (erasedAt != null) {
      return Status.ERASED;
    }
    if (cancelledAt != null) {
      return Status.CANCELLED;
    }
    if (accreditation == Accreditation.REFUSED) {
      return Status.REFUSED;
    }
    return accreditation.admits() ? Status.REGISTERED : Status.AWAITING_ACCREDITATION;
  }

  /** Neither cancelled, erased nor refused: still coming, or hoping to. */
  public boolean live() {
    return summary().live();
  }

  /** Holds one of the organisation's capped in-person places (or will, once accredited). */
  public boolean holdsInPersonPlace() {
    return summary().holdsInPersonPlace();
  }

  /** Who they are and where they stand, as other features read it. */
  ParticipantSummary summary() {
    return ParticipantSummary.of(this);
  }
}
