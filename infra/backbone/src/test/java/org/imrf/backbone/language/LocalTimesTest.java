package org.imrf.backbone.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LocalTimesTest {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final Instant TEN = Instant.parse("2022-05-20T14:00:00Z");
  static final Instant SIX = Instant.parse("2022-05-20T22:00:00Z");

  // ICU spaces a range's dash thinly (U+2009) and keeps «г.» with its year (U+202F)
  @Test
  void arabicSeparatesWithTheArabicComma() {
    String span = LocalTimes.span(TEN, SIX, NEW_YORK, "ar");

    assertThat(span)
        .isEqualTo("الجمعة، 20 مايو 2022، 10:00 ص\u2009–\u20096:00 م")
        .doesNotContain(",");
    assertThat(LocalTimes.dateTime(TEN, NEW_YORK, "ar")).doesNotContain(",");
  }

  @Test
  void aRangeOfDaysIsWrittenOnceAsEachLanguageDoes() {
    LocalDate from = LocalDate.of(2022, 5, 16);
    LocalDate to = LocalDate.of(2022, 5, 20);

    assertThat(LocalTimes.dates(from, to, "en")).isEqualTo("16–20 May 2022");
    assertThat(LocalTimes.dates(from, to, "fr")).isEqualTo("16–20 mai 2022");
    assertThat(LocalTimes.dates(from, to, "ru")).isEqualTo("16–20 мая 2022\u202fг.");
    assertThat(LocalTimes.dates(from, to, "zh")).isEqualTo("2022年5月16日至20日");
    assertThat(LocalTimes.dates(from, to, "es")).isEqualTo("16–20 de mayo de 2022");
    assertThat(LocalTimes.dates(from, to, "ar")).isEqualTo("16–20 مايو 2022");
    assertThat(LocalTimes.dates(from, from, "en")).isEqualTo("16 May 2022");
  }

  @Test
  void timesAreWhereTheyAreSeenAndASpanOverMidnightNamesBothDays() {
    assertThat(LocalTimes.span(TEN, SIX, NEW_YORK, "en"))
        .isEqualTo("Friday, 20 May 2022, 10:00–18:00");
    assertThat(LocalTimes.span(TEN, SIX, ZoneId.of("Asia/Manila"), "en"))
        .isEqualTo("Friday, 20 May 2022 at 22:00\u2009–\u2009Saturday, 21 May 2022 at 06:00");
    assertThat(LocalTimes.time(TEN, NEW_YORK, "zh")).isEqualTo("10:00");
  }

  @Test
  void zonesAreNamedByWhereTheirClocksAre() {
    assertThat(LocalTimes.zoneName(NEW_YORK, "en")).isEqualTo("New York Time");
    assertThat(LocalTimes.zoneName(NEW_YORK, "ar")).isEqualTo("توقيت نيويورك");
    assertThat(LocalTimes.zoneName(NEW_YORK, "zh")).isEqualTo("纽约时间");
    assertThat(LocalTimes.country("KZ", "ru")).isEqualTo("Казахстан");
  }
}
