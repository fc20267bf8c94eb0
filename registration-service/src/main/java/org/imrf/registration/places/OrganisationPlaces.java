package org.imrf.registration.places;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.backbone.domain.Aggregate;
import org.imrf.backbone.domain.Coded;
import org.imrf.registration.participant.AccreditationRefused;
import org.imrf.registration.participant.Attendance;
import org.imrf.registration.participant.InPersonPlacesTaken;
import org.imrf.registration.participant.ParticipantCancelled;
import org.imrf.registration.participant.ParticipantDetailsChanged;
import org.imrf.registration.participant.ParticipantErased;
import org.imrf.registration.participant.ParticipantEvent;
import org.imrf.registration.participant.ParticipantRegistered;
import org.imrf.registration.participant.WaitingListPromoted;
import org.imrf.registration.participant.WhenInPersonFull;

/**
 * One stakeholder organisation's in-person places at an edition: at most {@code cap} live
 * participants hold one; beyond it they attend online or wait, first come first, and are promoted
 * as soon as a place is free.
 */
final class OrganisationPlaces extends Aggregate<ParticipantEvent> {

  /** A live participant of the organisation who holds a place or waits for one. */
  record Seat(UUID participantId, Attendance attendance, Instant waitingSince) {}

  private final int cap;
  private String editionId;
  private String organisation;
  private final Map<UUID, Seat> seats = new LinkedHashMap<>();

  /** Empty, for a history to be replayed. */
  OrganisationPlaces(int cap) {
    this.cap = cap;
  }

  OrganisationPlaces(String editionId, String organisation, int cap, List<Seat> seats) {
    this(cap);
    this.editionId = editionId;
    this.organisation = organisation;
    seats.forEach(seat -> this.seats.put(seat.participantId(), seat));
  }

  /**
   * How someone who asked to attend in person attends: in person if a place is free (after those
   * waiting had theirs), else as they chose.
   *
   * @throws InPersonPlacesTaken if the places are taken and they chose to be asked
   */
  Attendance claim(WhenInPersonFull whenFull, Instant now) {
    // a place freed while nobody was promoted (the cap was raised) goes to those waiting first
    promoteWaiting(now);
    if (held() < cap) {
      return Attendance.IN_PERSON;
    }
    return switch (whenFull) {
      case ASK -> throw new InPersonPlacesTaken(organisation, cap);
      case ONLINE -> Attendance.ONLINE;
      case WAITING_LIST -> Attendance.WAITING_LIST;
    };
  }

  /** Someone gave up their place: it goes to those waiting, first come first. */
  void released(Instant now) {
    promoteWaiting(now);
  }

  private void promoteWaiting(Instant now) {
    int free = cap - held();
    if (free <= 0) {
      return;
    }
    List<Seat> waiting = new ArrayList<>();
    for (Seat seat : seats.values()) {
      if (seat.attendance() == Attendance.WAITING_LIST) {
        waiting.add(seat);
      }
    }
    waiting.sort(Comparator.comparing(Seat::waitingSince).thenComparing(Seat::participantId));
    for (Seat seat : waiting.subList(0, Math.min(free, waiting.size()))) {
      record(new WaitingListPromoted(seat.participantId(), editionId, organisation, now));
    }
  }

  private int held() {
    return (int)
        seats.values().stream().filter(seat -> seat.attendance() == Attendance.IN_PERSON).count();
  }

  @Override
  protected void apply(ParticipantEvent event) {
    if (event instanceof ParticipantRegistered registered) {
      editionId = registered.editionId();
      organisation = registered.organisation();
      seat(
          registered.participantId(),
          Coded.ofCode(Attendance.class, registered.attendance()).orElseThrow(),
          registered.registeredAt());
    } else if (event instanceof ParticipantDetailsChanged changed) {
      seat(
          changed.participantId(),
          Coded.ofCode(Attendance.class, changed.attendance()).orElseThrow(),
          changed.changedAt());
    } else if (event instanceof WaitingListPromoted promoted) {
      seats.put(
          promoted.participantId(), new Seat(promoted.participantId(), Attendance.IN_PERSON, null));
    } else if (event instanceof ParticipantCancelled
        || event instanceof AccreditationRefused
        || event instanceof ParticipantErased) {
      seats.remove(UUID.fromString(event.aggregateId()));
    }
  }

  private void seat(UUID participantId, Attendance attendance, Instant at) {
    Seat before = seats.get(participantId);
    if (attendance == Attendance.ONLINE) {
      seats.remove(participantId);
    } else if (before == null || before.attendance() != attendance) {
      seats.put(
          participantId,
          new Seat(participantId, attendance, attendance == Attendance.WAITING_LIST ? at : null));
    }
  }
}
