package org.imrf.registration.edition;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads IMRF 2022 as demonstration data ({@code imrf.demo-data.enabled}, which {@code ./forum up}
 * sets unless told not to): its dates and programme from the forum's record, times in New York.
 * Which round table met when is not confirmed: the split below is illustrative.
 */
@Component
@ConditionalOnProperty(name = "imrf.demo-data.enabled", havingValue = "true")
class DemoEditions implements ApplicationRunner {

  static final String ID = "imrf-2022";
  private static final Logger log = LoggerFactory.getLogger(DemoEditions.class);
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final EditionSchedules schedules;

  DemoEditions(EditionSchedules schedules) {
    this.schedules = schedules;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    if (schedules.find(ID).isPresent()) {
      return;
    }
    schedules.create(
        new EditionSchedules.Draft(
            ID,
            "International Migration Review Forum 2022 (demo)",
            new Schedule(
                Optional.of(LocalDate.of(2022, 5, 16)),
                Optional.of(LocalDate.of(2022, 5, 20)),
                List.of(
                    segment(
                        SegmentKind.HEARING,
                        "Informal interactive multi-stakeholder hearing",
                        16,
                        10,
                        18),
                    segment(
                        SegmentKind.ROUND_TABLE,
                        "Round table 1: objectives 2, 5, 6, 12, 18",
                        17,
                        10,
                        13),
                    segment(
                        SegmentKind.ROUND_TABLE,
                        "Round table 2: objectives 4, 8, 9, 10, 11, 13, 21",
                        17,
                        15,
                        18),
                    segment(
                        SegmentKind.ROUND_TABLE,
                        "Round table 3: objectives 14, 15, 16, 19, 20, 22",
                        18,
                        10,
                        13),
                    segment(
                        SegmentKind.ROUND_TABLE,
                        "Round table 4: objectives 1, 3, 7, 17, 23",
                        18,
                        10,
                        13),
                    segment(SegmentKind.POLICY_DEBATE, "Policy debate", 18, 15, 18),
                    segment(SegmentKind.PLENARY, "Plenary", 19, 10, 18),
                    segment(
                        SegmentKind.PLENARY,
                        "Plenary: adoption of the Progress Declaration",
                        20,
                        10,
                        18))),
            Optional.of("United Nations Headquarters, New York"),
            NEW_YORK,
            Optional.of(LocalDateTime.of(2022, 2, 1, 0, 0).atZone(NEW_YORK).toInstant()),
            Optional.of(LocalDateTime.of(2022, 5, 6, 23, 59).atZone(NEW_YORK).toInstant()),
            true),
        "demo-data");
    log.info("Loaded {} as demo data", ID);
  }

  private static Segment segment(SegmentKind kind, String title, int day, int from, int to) {
    return new Segment(
        kind,
        title,
        LocalDateTime.of(2022, 5, day, from, 0).atZone(NEW_YORK).toInstant(),
        LocalDateTime.of(2022, 5, day, to, 0).atZone(NEW_YORK).toInstant());
  }
}
