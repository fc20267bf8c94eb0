package org.imrf.registration.participant;

import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each stakeholder organisation sends at most a configured number of in-person representatives
 * ({@code imrf.registration.in-person-cap}, 2 by default), first come first served. Beyond it, a
 * participant attends online or waits on the organisation's waiting list, and is promoted as soon
 * as a place frees up. States, the UN system and intergovernmental organisations are not capped.
 */
@Service
public class InPersonPlaces {

  private final Participants participants;
  private final ParticipantEvents events;
  private final Clock clock;
  private final int cap;

  InPersonPlaces(
      Participants participants,
      ParticipantEvents events,
      Clock clock,
      @Value("${imrf.registration.in-person-cap:2}") int cap) {
    this.participants = participants;
    this.events = events;
    this.clock = clock;
    this.cap = cap;
  }

  public int cap() {
    return cap;
  }

  /**
   * How someone who asked to attend in person attends, in the caller's transaction: in person if a
   * place is free, else as they chose.
   *
   * @throws InPersonPlacesTaken if the places are taken and they chose to be asked
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Attendance claim(
      String editionId, Category category, String organisation, WhenInPersonFull whenFull) {
    if (!category.isStakeholder()) {
      return Attendance.IN_PERSON;
    }
    participants.lockOrganisation(editionId, organisation);
    // a place freed while nobody was promoted (the cap was raised) goes to those waiting first
    promoteWaiting(editionId, organisation);
    if (participants.inPersonPlacesHeld(editionId, organisation) < cap) {
      return Attendance.IN_PERSON;
    }
    return switch (whenFull) {
      case ASK -> throw new InPersonPlacesTaken(organisation, cap);
      case ONLINE -> Attendance.ONLINE;
      case WAITING_LIST -> Attendance.WAITING_LIST;
    };
  }

  /**
   * Gives the organisation's free places to those waiting, first come first, in the caller's
   * transaction: after someone gave up their place (cancelled, was refused, went online, erased).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void released(String editionId, Category category, String organisation) {
    if (!category.isStakeholder()) {
      return;
    }
    participants.lockOrganisation(editionId, organisation);
    promoteWaiting(editionId, organisation);
  }

  private void promoteWaiting(String editionId, String organisation) {
    int free = cap - participants.inPersonPlacesHeld(editionId, organisation);
    if (free <= 0) {
      return;
    }
    for (Participant waiting :
        participants.waitingList(editionId, organisation).stream().limit(free).toList()) {
      Instant now = Instant.now(clock);
      Participant promoted =
          participants
              .findForChange(waiting.id())
              .orElseThrow()
              .withAttendance(Attendance.IN_PERSON, null);
      participants.save(promoted);
      events.publish(
          new WaitingListPromoted(promoted.id(), editionId, promoted.organisation(), now));
    }
  }
}
