package org.imrf.registration.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.imrf.backbone.language.MultilingualText;
import org.junit.jupiter.api.Test;

/**
 * What a change of an edition tells, without Spring: a rescheduling when days or times moved,
 * details when anything else changed. {@link EditionsTest} proves the flow (HTTP, database, topic).
 */
class EditionChangeTest {

  static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");
  static final Segment HEARING =
      new Segment(
          SegmentKind.HEARING,
          MultilingualText.english("Multi-stakeholder hearing"),
          Instant.parse("2026-05-04T14:00:00Z"),
          Instant.parse("2026-05-04T20:00:00Z"));

  final Edition current =
      edition(
          MultilingualText.english("IMRF 2026"),
          new Schedule(
              Optional.of(LocalDate.parse("2026-05-04")),
              Optional.of(LocalDate.parse("2026-05-07")),
              List.of(HEARING)),
          0);

  @Test
  void movedDaysAreARescheduling() {
    Edition next =
        edition(
            current.titles(),
            new Schedule(
                Optional.of(LocalDate.parse("2026-05-05")),
                Optional.of(LocalDate.parse("2026-05-08")),
                current.programme()),
            1);

    List<EditionEvent> events =
        EditionChange.of(current, next, OptionalInt.empty()).events("o", AT);

    assertThat(events)
        .containsExactly(
            new EditionRescheduled(
                "imrf-2026",
                current.titles(),
                "America/New_York",
                ScheduleView.of(current.schedule()),
                ScheduleView.of(next.schedule()),
                "o",
                AT));
  }

  @Test
  void aSegmentMovedAndRetitledIsToldByTheReschedulingAlone() {
    Segment moved =
        new Segment(
            SegmentKind.HEARING,
            MultilingualText.of(Map.of("en", "Hearing", "fr", "Audition")),
            HEARING.startsAt().plusSeconds(3600),
            HEARING.endsAt().plusSeconds(3600));
    Edition next = edition(current.titles(), schedule(moved), 1);

    assertThat(EditionChange.of(current, next, OptionalInt.of(0)).events("o", AT))
        .singleElement()
        .isInstanceOf(EditionRescheduled.class);
  }

  @Test
  void aSegmentRetitledAtTheSameTimesIsADetail() {
    Segment retitled =
        new Segment(
            SegmentKind.HEARING,
            MultilingualText.of(Map.of("en", "Multi-stakeholder hearing", "es", "Audiencia")),
            HEARING.startsAt(),
            HEARING.endsAt());
    Edition next = edition(current.titles(), schedule(retitled), 1);

    assertThat(EditionChange.of(current, next, OptionalInt.empty()).events("o", AT))
        .containsExactly(
            new EditionDetailsChanged(
                "imrf-2026",
                current.titles(),
                null,
                null,
                null,
                ScheduleView.of(next.schedule()).programme(),
                "o",
                AT));
  }

  @Test
  void newDaysAndANewTitleAreBothTold() {
    Edition next =
        edition(
            MultilingualText.english("IMRF 2026 (New York)"),
            new Schedule(Optional.empty(), Optional.empty(), current.programme()),
            1);

    assertThat(EditionChange.of(current, next, OptionalInt.empty()).events("o", AT))
        .extracting(event -> event.getClass().getSimpleName())
        .containsExactly("EditionRescheduled", "EditionDetailsChanged");
  }

  @Test
  void changingNothingTellsNothing() {
    Edition same = edition(current.titles(), current.schedule(), 1);

    assertThat(EditionChange.of(current, same, OptionalInt.empty()).events("o", AT)).isEmpty();
  }

  @Test
  void aChangeMadeOnAnOlderVersionIsRefused() {
    Edition next = edition(MultilingualText.english("IMRF"), current.schedule(), 1);

    assertThatThrownBy(() -> EditionChange.of(next, next, OptionalInt.of(0)))
        .isInstanceOf(EditionChangedMeanwhile.class);
  }

  static Schedule schedule(Segment segment) {
    return new Schedule(
        Optional.of(LocalDate.parse("2026-05-04")),
        Optional.of(LocalDate.parse("2026-05-07")),
        List.of(segment));
  }

  static Edition edition(MultilingualText titles, Schedule schedule, int version) {
    return new Edition(
        "imrf-2026",
        titles,
        schedule,
        Optional.empty(),
        ZoneId.of("America/New_York"),
        Optional.empty(),
        Optional.empty(),
        false,
        version);
  }
}
