package org.imrf.registration.places;

import java.time.Instant;
import java.util.UUID;

/** The in-person places of organisations, as the participants' rows hold them. */
interface PlacesRepository {

  /**
   * The organisation's places, serialised with every other decision about them until the end of the
   * transaction. Organisations are compared by {@link
   * org.imrf.registration.participant.Organisations#key}.
   */
  OrganisationPlaces lockAndLoad(String editionId, String organisation, int cap);

  /** Moves a waiting participant to attending in person. */
  void promote(UUID participantId, Instant at);
}
