package org.imrf.notification.rescheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.imrf.backbone.language.MultilingualText;

/**
 * This service's own copy of registration-service's event, version 1 (no longer published, read
 * until its records age out of the topic), with only what it reads: titles in English alone.
 */
record EditionRescheduled(
    String editionId, String title, String timeZone, Schedule previous, Schedule current) {

  static final String TYPE = "imrf.edition.rescheduled.v1";

  EditionRescheduled {
    Objects.requireNonNull(editionId, "editionId");
    Objects.requireNonNull(title, "title");
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
                              MultilingualText.english(segment.title()),
                              segment.startsAt(),
                              segment.endsAt()))
                  .toList());
    }
  }

  /** A segment of the programme, titled in English. */
  record Segment(String kind, String title, Instant startsAt, Instant endsAt) {}

  Rescheduling read() {
    return new Rescheduling(
        editionId,
        MultilingualText.english(title),
        ZoneId.of(timeZone),
        previous.read(),
        current.read(),
        true);
  }
}
