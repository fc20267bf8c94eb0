package org.imrf.notification.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A text that counts agrees with the count as its own language does: Arabic with six forms, Russian
 * with four, English and French with theirs; apostrophes are written doubled, whatever follows.
 */
class CountingInEachLanguageTest {

  private final Templates templates = new Templates();

  @Test
  void arabicCountsWithAllSixOfItsForms() {
    // given the hours before a reminded turn, as Arabic counts them
    // when the counts fall in each of its categories: zero, one, two, few, many, other
    // then each takes its own form
    assertThat(hours("ar", 0)).isEqualTo("بعد 0 ساعة");
    assertThat(hours("ar", 1)).isEqualTo("بعد ساعة واحدة");
    assertThat(hours("ar", 2)).isEqualTo("بعد ساعتين");
    assertThat(hours("ar", 3)).isEqualTo("بعد 3 ساعات");
    assertThat(hours("ar", 10)).isEqualTo("بعد 10 ساعات");
    assertThat(hours("ar", 11)).isEqualTo("بعد 11 ساعة");
    assertThat(hours("ar", 24)).isEqualTo("بعد 24 ساعة");
    assertThat(templates.phrase("reminder.in-days", "ar", 11)).isEqualTo("بعد 11 يومًا");
    assertThat(hours("ar", 100)).isEqualTo("بعد 100 ساعة");
  }

  @Test
  void russianCountsWithOneFewManyAndOther() {
    assertThat(hours("ru", 1)).isEqualTo("через 1 час");
    assertThat(hours("ru", 21)).isEqualTo("через 21 час");
    assertThat(hours("ru", 2)).isEqualTo("через 2 часа");
    assertThat(hours("ru", 24)).isEqualTo("через 24 часа");
    assertThat(hours("ru", 5)).isEqualTo("через 5 часов");
    assertThat(hours("ru", 11)).isEqualTo("через 11 часов");
    // a fraction is «other», with the Russian decimal comma
    assertThat(templates.phrase("reminder.in-minutes", "ru", new BigDecimal("4.5")))
        .isEqualTo("через 4,5 минуты");
  }

  @Test
  void englishAndFrenchCountTheirOwnWay() {
    assertThat(hours("en", 1)).isEqualTo("in 1 hour");
    assertThat(hours("en", 24)).isEqualTo("in 24 hours");
    // French counts zero as one, and a million takes «de»
    assertThat(hours("fr", 0)).isEqualTo("dans 0 heure");
    assertThat(hours("fr", 1_000_000)).isEqualTo("dans 1\u202f000\u202f000 d'heures");
    assertThat(hours("zh", 24)).isEqualTo("24小时后");
  }

  @Test
  void anApostropheIsWrittenDoubledEvenBeforeABrace() {
    // given a French text with a doubled apostrophe right before a placeholder
    // when it is parsed as every text is
    // then it reads as one apostrophe, and the placeholder is filled (ICU's default would quote it)
    assertThat(Templates.parse("l''{0}", "fr").format(new Object[] {"audition"}))
        .isEqualTo("l'audition");
    assertThat(Templates.parse("d'{0}", "fr").format(new Object[] {"x"})).isEqualTo("d{0}");
  }

  private String hours(String language, long count) {
    return templates.phrase("reminder.in-hours", language, count);
  }
}
