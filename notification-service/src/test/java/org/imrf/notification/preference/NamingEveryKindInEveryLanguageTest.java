package org.imrf.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A preferences page names every kind of message in the reader's UN language: a kind added without
 * its name in each of the six, or with the English name copied, fails here.
 */
class NamingEveryKindInEveryLanguageTest {

  private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

  private final KindsOfMessage kinds = new KindsOfMessage();

  @Test
  void everyKindIsNamedInEachLanguageAndNotInEnglishOutsideEnglish() {
    // given every kind of message with a text of its own
    assertThat(kinds.all()).contains("registration-confirmation", "daily-digest");

    // when each is named in each language
    List<String> missing = new ArrayList<>();
    for (String kind : kinds.all()) {
      String english = kinds.name(kind, "en");
      for (String language : LANGUAGES) {
        String name = kinds.name(kind, language);
        // then each has a name of its own: not its code, and not the English one elsewhere
        if (name.equals(kind) || (!language.equals("en") && name.equals(english))) {
          missing.add(language + ": " + kind);
        }
      }
    }
    assertThat(missing).as("kinds without a name of their own").isEmpty();
  }
}
