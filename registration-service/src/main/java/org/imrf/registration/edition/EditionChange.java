package org.imrf.registration.edition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * An edition becoming its next version, and what everyone concerned hears of it: a rescheduling
 * when its days or a segment's times moved; details when anything else changed (titles and their
 * translations among them); nothing when nothing did.
 *
 * @param current as it was
 * @param next as it becomes
 */
record EditionChange(Edition current, Edition next) {

  /**
   * @param seenVersion the version the caller read, if they say
   * @throws EditionChangedMeanwhile if the edition changed since the caller read it
   */
  static EditionChange of(Edition current, Edition next, OptionalInt seenVersion) {
    if (seenVersion.isPresent() && seenVersion.getAsInt() != current.version()) {
      throw new EditionChangedMeanwhile(current.id());
    }
    return new EditionChange(current, next);
  }

  boolean rescheduled() {
    return !next.schedule().sameTimes(current.schedule());
  }

  /** The events that tell the change, in the order they are published. */
  List<EditionEvent> events(String actor, Instant at) {
    List<EditionEvent> events = new ArrayList<>();
    if (rescheduled()) {
      events.add(
          new EditionRescheduled(
              next.id(),
              next.titles(),
              next.timeZone().getId(),
              ScheduleView.of(current.schedule()),
              ScheduleView.of(next.schedule()),
              actor,
              at));
    }
    // a programme whose times moved is told by the rescheduling, with its titles
    boolean programmeRetitled = !rescheduled() && !next.schedule().equals(current.schedule());
    if (programmeRetitled
        || !next.titles().equals(current.titles())
        || !next.venue().equals(current.venue())
        || !next.registrationOpensAt().equals(current.registrationOpensAt())
        || !next.registrationClosesAt().equals(current.registrationClosesAt())) {
      events.add(
          new EditionDetailsChanged(
              next.id(),
              next.titles(),
              next.venue().orElse(null),
              next.registrationOpensAt().orElse(null),
              next.registrationClosesAt().orElse(null),
              ScheduleView.of(next.schedule()).programme(),
              actor,
              at));
    }
    return events;
  }
}
