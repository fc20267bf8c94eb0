package org.imrf.registration.edition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When an edition is held: what a rescheduling changes and everyone concerned must hear of.
 *
 * @param startsOn its first day, once set
 * @param endsOn its last day, once set
 * @param programme its segments, in order
 */
public record Schedule(
    Optional<LocalDate> startsOn, Optional<LocalDate> endsOn, List<Segment> programme) {

  public Schedule {
    programme = List.copyOf(programme);
  }
}
