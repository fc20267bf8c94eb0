package org.imrf.registration.edition;

import java.time.LocalDate;
import java.util.List;
import org.imrf.backbone.language.MultilingualText;

/**
 * A schedule as events carry it: days as dates, times as instants (UTC).
 *
 * @param startsOn first day, or null while not set
 * @param endsOn last day, or null while not set
 * @param programme the segments, in order
 */
record ScheduleView(LocalDate startsOn, LocalDate endsOn, List<SegmentView> programme) {

  static ScheduleView of(Schedule schedule) {
    return new ScheduleView(
        schedule.startsOn().orElse(null),
        schedule.endsOn().orElse(null),
        schedule.programme().stream()
            .map(
                segment ->
                    new SegmentView(
                        segment.kind().code(),
                        segment.titles(),
                        segment.startsAt(),
                        segment.endsAt()))
            .toList());
  }

  /** A segment as events carry it: its title in each language it was given in. */
  public record SegmentView(
      String kind, MultilingualText titles, java.time.Instant startsAt, java.time.Instant endsAt) {}
}
