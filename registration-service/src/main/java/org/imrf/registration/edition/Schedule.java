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

  /**
   * Whether it holds the same days and the same segments at the same times as another: a change of
   * titles alone (a translation added) is no rescheduling.
   */
  public boolean sameTimes(Schedule other) {
    if (!startsOn.equals(other.startsOn)
        || !endsOn.equals(other.endsOn)
        || programme.size() != other.programme.size()) {
      return false;
    }
    for (int i = 0; i < programme.size(); i++) {
      if (!programme.get(i).sameTimes(other.programme.get(i))) {
        return false;
      }
    }
    return true;
  }
}
