package org.imrf.registration.participant;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A participant as shown to organisers and to themselves, read-only. Made of small parts rather
 * than flat fields, so that a reader sees which part is personal and other features reuse the
 * {@link ParticipantSummary} they already know.
 *
 * @param summary who they are and where they stand, as every feature reads it
 * @param personal what reaches them and what they told about themselves
 * @param timeline when their registration started, waited and ended
 * @param version incremented by every change, for If-Match
 */
public record ParticipantView(
    ParticipantSummary summary, PersonalDetails personal, Timeline timeline, int version) {

  /**
   * What only the participant and organisers see.
   *
   * @param email where the participant hears from the forum; null once erased
   * @param country ISO 3166-1 alpha-2 code of the country they come from or represent
   * @param accessibility what they need to take part fully
   * @param livedExperience self-declared lived experience of migration, if they said
   * @param publicListing whether they agreed to appear on the public participant list
   * @param timeZone where they follow the forum from, for times shown to them
   */
  public record PersonalDetails(
      String email,
      String country,
      AccessibilityNeeds accessibility,
      LivedExperience livedExperience,
      boolean publicListing,
      ZoneId timeZone) {}

  /**
   * @param registeredAt when the registration was accepted
   * @param waitlistedAt when they joined their organisation's waiting list; null when not on it
   * @param cancelledAt when they (or an organiser) cancelled it, else null
   */
  public record Timeline(Instant registeredAt, Instant waitlistedAt, Instant cancelledAt) {}

  static ParticipantView of(Participant participant) {
    return new ParticipantView(
        participant.summary(),
        new PersonalDetails(
            participant.email(),
            participant.country(),
            participant.accessibility(),
            participant.livedExperience(),
            participant.publicListing(),
            participant.timeZone()),
        new Timeline(
            participant.registeredAt(), participant.waitlistedAt(), participant.cancelledAt()),
        participant.version());
  }
}
