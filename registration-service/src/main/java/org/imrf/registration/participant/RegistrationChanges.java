package org.imrf.registration.participant;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants change their own details and cancel; organisers may do either for them. Every change
 * is an event, and a place given up goes to the organisation's waiting list.
 */
@Service
public class RegistrationChanges implements ParticipantErasure {

  private final ParticipantRepository participants;
  private final ParticipantEvents events;
  private final InPersonPlaces places;
  private final ParticipantAccessLinks accessLinks;
  private final Clock clock;

  RegistrationChanges(
      ParticipantRepository participants,
      ParticipantEvents events,
      InPersonPlaces places,
      ParticipantAccessLinks accessLinks,
      Clock clock) {
    this.participants = participants;
    this.events = events;
    this.places = places;
    this.accessLinks = accessLinks;
    this.clock = clock;
  }

  /**
   * Changes a participant's details.
   *
   * @param expectedVersion the version the caller read, if they sent one
   * @throws ParticipantNotFound if there is no such participant
   * @throws ParticipantChangedMeanwhile if it changed since the caller read it
   * @throws RegistrationClosedForChanges if it was cancelled, refused or erased
   * @throws InPersonPlacesTaken if in person was asked for, the places are taken, and the caller
   *     asked to be told
   */
  @Transactional
  public ParticipantView change(
      UUID id, DetailsChange change, OptionalInt expectedVersion, String actor) {
    Participation participation = forChange(id);
    participation.changeDetails(
        change,
        expectedVersion,
        (current, whenFull) ->
            places.claim(current.editionId(), current.category(), current.organisation(), whenFull),
        actor,
        Instant.now(clock));
    if (!participation.changed()) {
      return participation.participant().view();
    }
    Participant saved = participants.save(participation.participant());
    if (participation.gaveUpInPersonPlace()) {
      places.released(saved.editionId(), saved.category(), saved.organisation());
    }
    participation.recordedEvents().forEach(events::publish);
    return saved.view();
  }

  /**
   * Cancels a registration: the participant no longer takes part, their access links stop working,
   * and an in-person place goes to the organisation's waiting list. Cancelling twice changes
   * nothing.
   *
   * @throws ParticipantNotFound if there is no such participant
   * @throws ParticipantChangedMeanwhile if it changed since the caller read it
   */
  @Transactional
  public ParticipantView cancel(UUID id, String reason, OptionalInt expectedVersion, String actor) {
    Participation participation = forChange(id);
    participation.cancel(reason, expectedVersion, actor, Instant.now(clock));
    if (!participation.changed()) {
      return participation.participant().view();
    }
    Participant cancelled = participants.save(participation.participant());
    accessLinks.revokeAllOf(id, actor);
    participation.recordedEvents().forEach(events::publish);
    if (participation.gaveUpInPersonPlace()) {
      places.released(cancelled.editionId(), cancelled.category(), cancelled.organisation());
    }
    return cancelled.view();
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public ParticipantView erase(UUID id, String requestedBy, Instant now) {
    Participation participation = forChange(id);
    participation.erase(requestedBy, now);
    if (!participation.changed()) {
      return participation.participant().view();
    }
    Participant erased = participants.save(participation.participant());
    participation.recordedEvents().forEach(events::publish);
    return erased.view();
  }

  private Participation forChange(UUID id) {
    return new Participation(
        participants.findForChange(id).orElseThrow(() -> new ParticipantNotFound(id)));
  }
}
