package org.imrf.registration.participant;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.imrf.backbone.random.Unpredictable;
import org.imrf.registration.edition.Edition;
import org.imrf.registration.edition.Editions;
import org.imrf.registration.edition.UnknownEdition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers participants: the participant and its events commit together, or not at all. */
@Service
public class Registrations {

  private final Editions editions;
  private final ParticipantRepository participants;
  private final ParticipantEvents events;
  private final ParticipantAccessLinks accessLinks;
  private final InPersonPlaces places;
  private final AccreditationRequests accreditations;
  private final Clock clock;

  Registrations(
      Editions editions,
      ParticipantRepository participants,
      ParticipantEvents events,
      ParticipantAccessLinks accessLinks,
      InPersonPlaces places,
      AccreditationRequests accreditations,
      Clock clock) {
    this.editions = editions;
    this.participants = participants;
    this.events = events;
    this.accessLinks = accessLinks;
    this.places = places;
    this.accreditations = accreditations;
    this.clock = clock;
  }

  /** A new participant and their personal access link, shown to them this once. */
  public record Registered(ParticipantView participant, AccessLink accessLink) {}

  /**
   * Registers someone for an edition. Categories that need no accreditation take part at once;
   * others start their accreditation track.
   *
   * @param outsideWindow whether the registration window may be ignored (organisers may add a
   *     participant late)
   * @param actor who registers: {@code participant} for themselves, else the organiser
   * @throws UnknownEdition if the edition does not exist
   * @throws RegistrationNotOpen if registration has not opened or has closed
   * @throws AlreadyRegistered if the email is registered for it already
   * @throws InPersonPlacesTaken if in-person places are taken and the registration asks to be told
   */
  @Transactional
  public Registered register(Registration registration, boolean outsideWindow, String actor) {
    Edition edition =
        editions
            .find(registration.editionId())
            .orElseThrow(() -> new UnknownEdition(registration.editionId()));
    Instant now = Instant.now(clock);
    Edition.RegistrationWindow window = edition.registration(now);
    if (window != Edition.RegistrationWindow.OPEN && !outsideWindow) {
      throw new RegistrationNotOpen(edition, window);
    }
    String organisation = Organisations.clean(registration.organisation());
    String email = registration.email().strip().toLowerCase(Locale.ROOT);
    // an address already registered is told so before anything about places; without a place to
    // claim, the unique index says it (one query fewer on the busiest path)
    if (registration.attendance() == Attendance.IN_PERSON
        && participants.findByEmail(edition.id(), email).isPresent()) {
      throw new AlreadyRegistered(edition.id(), email);
    }
    Attendance attendance =
        registration.attendance() == Attendance.IN_PERSON
            ? places.claim(
                edition.id(),
                registration.category(),
                organisation,
                registration.whenInPersonFull())
            : Attendance.ONLINE;
    Participation participation =
        Participation.register(
            Unpredictable.uuid(), edition, registration, email, organisation, attendance, now);
    Participant participant = participation.participant();
    participants.add(participant);
    if (participant.accreditation().undecided()) {
      accreditations.requested(participant.id(), actor, now);
    }
    participation.recordedEvents().forEach(events::publish);
    return new Registered(
        participant.view(), accessLinks.issueOnRegistration(participant.id(), edition, actor));
  }

  @Transactional(readOnly = true)
  public Optional<ParticipantView> find(UUID id) {
    return participants.find(id).map(Participant::view);
  }
}
