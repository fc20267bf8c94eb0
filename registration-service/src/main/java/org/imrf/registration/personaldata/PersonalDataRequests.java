package org.imrf.registration.personaldata;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.registration.accesslink.AccessLinks;
import org.imrf.registration.accesslink.IssuedLink;
import org.imrf.registration.accreditation.AccreditationDecision;
import org.imrf.registration.accreditation.Accreditations;
import org.imrf.registration.participant.InPersonPlaces;
import org.imrf.registration.participant.ParticipantErasure;
import org.imrf.registration.participant.ParticipantLookup;
import org.imrf.registration.participant.ParticipantNotFound;
import org.imrf.registration.participant.ParticipantSummary;
import org.imrf.registration.participant.ParticipantView;
import org.imrf.registration.participant.RegistrationStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's rights over their data: to see everything held about them, and to have it erased.
 * Each feature that holds personal data takes part through its {@link PersonalData}.
 */
@Service
public class PersonalDataRequests {

  private final ParticipantLookup registrations;
  private final ParticipantErasure erasure;
  private final Accreditations accreditations;
  private final AccessLinks accessLinks;
  private final InPersonPlaces places;
  private final List<PersonalData> features;
  private final Clock clock;

  PersonalDataRequests(
      ParticipantLookup registrations,
      ParticipantErasure erasure,
      Accreditations accreditations,
      AccessLinks accessLinks,
      InPersonPlaces places,
      List<PersonalData> features,
      Clock clock) {
    this.registrations = registrations;
    this.erasure = erasure;
    this.accreditations = accreditations;
    this.accessLinks = accessLinks;
    this.places = places;
    this.features = features;
    this.clock = clock;
  }

  /** Everything this service holds about a participant, read in one transaction. */
  public record Export(
      Instant exportedAt,
      ParticipantView participant,
      List<AccreditationDecision> accreditation,
      List<IssuedLink> accessLinks,
      Map<String, Object> sections) {}

  /**
   * @throws ParticipantNotFound if there is no such participant
   */
  @Transactional(readOnly = true)
  public Export export(UUID id) {
    ParticipantView participant =
        registrations.findAsShown(id).orElseThrow(() -> new ParticipantNotFound(id));
    Map<String, Object> sections = new LinkedHashMap<>();
    for (PersonalData feature : features) {
      sections.put(feature.section(), feature.export(id));
    }
    return new Export(
        Instant.now(clock),
        participant,
        accreditations.decisions(id),
        accessLinks.history(id),
        sections);
  }

  /**
   * Erases a participant's personal data: the record stays, anonymous, for the counts; their links
   * stop working; an in-person place goes to the organisation's waiting list; every feature forgets
   * them; and an event tells the other services to do the same. Erasing twice changes nothing.
   *
   * @throws ParticipantNotFound if there is no such participant
   */
  @Transactional
  public ParticipantView erase(UUID id, String requestedBy) {
    ParticipantSummary current =
        registrations.lockForChange(id).orElseThrow(() -> new ParticipantNotFound(id));
    if (current.status() == RegistrationStatus.ERASED) {
      return registrations.findAsShown(id).orElseThrow();
    }
    Instant now = Instant.now(clock);
    boolean heldPlace = current.holdsInPersonPlace();
    accessLinks.revokeAllOf(id, requestedBy);
    ParticipantView erased = erasure.erase(id, requestedBy, now);
    accreditations.forgetReasons(id);
    for (PersonalData feature : features) {
      feature.erase(id);
    }
    if (heldPlace) {
      places.released(current.editionId(), current.category(), current.organisation());
    }
    return erased;
  }
}
