package org.imrf.registration.participant;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.imrf.registration.edition.Edition;
import org.imrf.registration.edition.Editions;
import org.imrf.registration.edition.UnknownEdition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers participants: the participant and its event commit together, or not at all. */
@Service
public class Registrations {

  private final Editions editions;
  private final Participants participants;
  private final ParticipantEvents events;
  private final AccessLinks accessLinks;
  private final Clock clock;

  Registrations(
      Editions editions,
      Participants participants,
      ParticipantEvents events,
      AccessLinks accessLinks,
      Clock clock) {
    this.editions = editions;
    this.participants = participants;
    this.events = events;
    this.accessLinks = accessLinks;
    this.clock = clock;
  }

  /** A new participant and their personal access link, shown to them this once. */
  public record Registered(Participant participant, AccessLink accessLink) {}

  /**
   * Registers someone for an edition.
   *
   * @param outsideWindow whether the registration window may be ignored (organisers may add a
   *     participant late)
   * @throws UnknownEdition if the edition does not exist
   * @throws RegistrationNotOpen if registration has not opened or has closed
   * @throws AlreadyRegistered if the email is registered for it already
   */
  @Transactional
  public Registered register(Registration registration, boolean outsideWindow) {
    Edition edition =
        editions
            .find(registration.editionId())
            .orElseThrow(() -> new UnknownEdition(registration.editionId()));
    Edition.RegistrationWindow window = edition.registration(Instant.now(clock));
    if (window != Edition.RegistrationWindow.OPEN && !outsideWindow) {
      throw new RegistrationNotOpen(edition, window);
    }
    Participant participant =
        new Participant(
            UUID.randomUUID(),
            edition.id(),
            // one form per character, whatever the script or keyboard that typed it
            Normalizer.normalize(registration.name().strip(), Normalizer.Form.NFC),
            registration.email().strip().toLowerCase(Locale.ROOT),
            registration.preferredLanguage(),
            Instant.now(clock));
    participants.add(participant);
    events.publish(
        new ParticipantRegistered(
            participant.id(),
            edition.id(),
            edition.title(),
            participant.name(),
            participant.email(),
            participant.preferredLanguage().code(),
            participant.registeredAt()));
    return new Registered(
        participant,
        accessLinks.issue(participant, edition, AccessLinks.Reason.REGISTRATION, "participant"));
  }

  @Transactional(readOnly = true)
  public Optional<Participant> find(UUID id) {
    return participants.find(id);
  }
}
