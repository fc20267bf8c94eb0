package org.imrf.notification.rescheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.imrf.backbone.language.MultilingualText;

/**
 * This service's copy of registration-service's edition-rescheduled, version 2: the schedule before
 * and after, titles in each UN language given.
 */
record EditionRescheduledV2(
    String editionId,
    MultilingualText titles,
    String timeZone,
    Schedule previous,
    Schedule current) {

  static final String TYPE = "imrf.edition.rescheduled.v2";

  EditionRescheduledV2 {
    Objects.requireNonNull(editionId, "editionId");
    Objects.requireNonNull(titles, "titles");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
  }

  /** The dates, either of which may still be unset, and the programme. */
  record Schedule(LocalDate startsOn, LocalDate endsOn, List<Segment> programme) {

    Rescheduling.Schedule read() {
      return new Rescheduling.Schedule(
          startsOn,
          endsOn,
          programme == null
              ? List.of()
              : programme.stream()
                  .map(
                      segment ->
                          new Rescheduling.Segment(
                              segment.kind(),
                              segment.titles(),
                              segment.startsAt(),
                              segment.endsAt()))
                  .toList());
    }
  }

  /** A segment of the programme. */
  record Segment(String kind, MultilingualText titles, Instant startsAt, Instant endsAt) {}

  Rescheduling read() {
    return new Rescheduling(
        editionId, titles, ZoneId.of(timeZone), previous.read(), current.read(), false);
  }
}
