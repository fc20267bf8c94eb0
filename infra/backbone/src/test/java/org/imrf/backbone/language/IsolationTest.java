package org.imrf.backbone.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsolationTest {

  @Test
  void aLatinNameInAnArabicSentenceIsIsolated() {
    assertThat(Isolation.forSentenceIn("ar", "John Smith")).isEqualTo("\u2068John Smith\u2069");
    assertThat(Isolation.forSentenceIn("ar", "ليلى حداد")).isEqualTo("ليلى حداد");
    assertThat(Isolation.forSentenceIn("ar", "16 مايو 2022")).isEqualTo("16 مايو 2022");
  }

  @Test
  void anArabicNameInAnEnglishSentenceIsIsolatedAndNeutralTextIsLeftAlone() {
    assertThat(Isolation.forSentenceIn("en", "ليلى حداد")).isEqualTo("\u2068ليلى حداد\u2069");
    assertThat(Isolation.forSentenceIn("fr", "Amélie")).isEqualTo("Amélie");
    assertThat(Isolation.forSentenceIn("ar", "10:00 – 18:00")).isEqualTo("10:00 – 18:00");
  }

  @Test
  void textWhoseOtherDirectionIsAlreadyIsolatedIsNotIsolatedAgain() {
    String sentence = "تم استلام تسجيلك: \u2068Forum\u2069";

    assertThat(Isolation.forSentenceIn("ar", sentence)).isEqualTo(sentence);
  }
}
