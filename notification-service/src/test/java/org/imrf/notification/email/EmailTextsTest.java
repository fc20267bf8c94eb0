package org.imrf.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the email channel says is said in each of the six UN languages, none copied from English.
 */
class EmailTextsTest {

  static final List<String> TRANSLATED = List.of("ar", "zh", "fr", "ru", "es");

  @Test
  void everyTextIsTranslatedIntoEachLanguage() {
    // given the email channel's texts
    EmailTexts texts = new EmailTexts();

    for (String key : EmailTexts.KEYS) {
      String english = texts.text(key, "en");
      assertThat(english).as(key).isNotBlank();
      for (String language : TRANSLATED) {
        // then each language has its own words for it
        assertThat(texts.text(key, language)).as(key + " in " + language).isNotEqualTo(english);
      }
      // and Arabic is written in Arabic script, Russian in Cyrillic, Chinese in Han
      assertThat(texts.text(key, "ar")).as(key).containsPattern("\\p{IsArabic}");
      assertThat(texts.text(key, "ru")).as(key).containsPattern("\\p{IsCyrillic}");
      assertThat(texts.text(key, "zh")).as(key).containsPattern("\\p{IsHan}");
    }
  }
}
