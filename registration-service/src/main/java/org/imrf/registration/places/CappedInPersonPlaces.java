package org.imrf.registration.places;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.outbox.Outbox;
import org.imrf.registration.Topics;
import org.imrf.registration.participant.Attendance;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.InPersonPlaces;
import org.imrf.registration.participant.ParticipantEvent;
import org.imrf.registration.participant.WhenInPersonFull;
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
class CappedInPersonPlaces implements InPersonPlaces {

  private final PlacesRepository places;
  private final Outbox outbox;
  private final Clock clock;
  private final int cap;

  CappedInPersonPlaces(
      PlacesRepository places,
      Outbox outbox,
      Clock clock,
      @Value("${imrf.registration.in-person-cap:2}") int cap) {
    this.places = places;
    this.outbox = outbox;
    this.clock = clock;
    this.cap = cap;
  }

  @Override
  public int cap() {
    return cap;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Attendance claim(
      String editionId, Category category, String organisation, WhenInPersonFull whenFull) {
    if (!category.isStakeholder()) {
      return Attendance.IN_PERSON;
    }
    OrganisationPlaces organisationPlaces = places.lockAndLoad(editionId, organisation, cap);
    try {
      return organisationPlaces.claim(whenFull, Instant.now(clock));
    } finally {
      // those waiting keep the places they were given even when this claim is refused
      savePromotions(organisationPlaces);
    }
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void released(String editionId, Category category, String organisation) {
    if (!category.isStakeholder()) {
      return;
    }
    OrganisationPlaces organisationPlaces = places.lockAndLoad(editionId, organisation, cap);
    organisationPlaces.released(Instant.now(clock));
    savePromotions(organisationPlaces);
  }

  private void savePromotions(OrganisationPlaces organisationPlaces) {
    for (ParticipantEvent promoted : organisationPlaces.recordedEvents()) {
      places.promote(UUID.fromString(promoted.aggregateId()), promoted.occurredAt());
      outbox.append(Topics.PARTICIPANTS, promoted);
    }
  }
}
