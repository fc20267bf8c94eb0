package org.imrf.registration.badge;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Arrivals at the venue. */
interface CheckIns {

  /**
   * Records a participant's arrival, unless they arrived already: of any number of concurrent
   * attempts for one participant, exactly one is recorded.
   *
   * @return whether this one was
   */
  boolean add(CheckIn checkIn);

  Optional<CheckIn> find(UUID participantId);

  /**
   * The edition's tallies by category code (only categories with someone checked in or expected):
   * checked in, and checked in plus registered in-person participants not yet checked in.
   */
  Map<String, CheckInCounts.Tally> tallies(String editionId);

  /** Forgets whose check-in it was, keeping its edition, category and time. */
  void detach(UUID participantId);
}
