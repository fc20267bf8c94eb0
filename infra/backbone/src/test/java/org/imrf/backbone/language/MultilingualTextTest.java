package org.imrf.backbone.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrf.backbone.web.FieldError;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MultilingualTextTest {

  static final MultilingualText FORUM =
      MultilingualText.of(
          Map.of(
              "fr", "Forum d'examen des migrations internationales",
              "en", "International Migration Review Forum",
              "ar", "المنتدى الدولي لاستعراض الهجرة"));

  @Test
  void aReaderGetsTheirLanguageOrEnglishWhereNoTranslationWasGiven() {
    assertThat(FORUM.in("ar")).isEqualTo("المنتدى الدولي لاستعراض الهجرة");
    assertThat(FORUM.in("ru")).isEqualTo("International Migration Review Forum");
    assertThat(FORUM.localized("ru").language()).isEqualTo("en");
    assertThat(FORUM.localized("ru").fallback("ru")).isTrue();
    assertThat(FORUM.localized("fr").fallback("fr")).isFalse();
  }

  @Test
  void inJsonItIsAnObjectKeyedByLanguageInTheUnsOrder() {
    JsonMapper json = JsonMapper.builder().build();

    String written = json.writeValueAsString(FORUM);

    assertThat(written)
        .isEqualTo(
            "{\"ar\":\"المنتدى الدولي لاستعراض الهجرة\",\"en\":\"International Migration Review"
                + " Forum\",\"fr\":\"Forum d'examen des migrations internationales\"}");
    assertThat(json.readValue(written, MultilingualText.class)).isEqualTo(FORUM);
  }

  @Test
  void englishIsRequiredAndOnlyUnLanguagesAreKept() {
    assertThatThrownBy(() -> MultilingualText.of(Map.of("fr", "Forum")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MultilingualText.of(Map.of("en", "Forum", "de", "Forum")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRequestsTextIsReadWithEveryBrokenRuleNamed() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("fr", " ");
    given.put("de", "Forum");
    given.put("ru", "a".repeat(201));
    given.put("zh", "论坛\u0007");
    given.put("es", null);
    List<FieldError> errors = new ArrayList<>();

    MultilingualText read = MultilingualText.read("title", given, 200, false, errors);

    assertThat(read).isNull();
    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "title.fr", "title.de", "title.ru", "title.zh", "title.es", "title.en");
  }

  @Test
  void aRequestsTextIsStrippedAndNormalised() {
    List<FieldError> errors = new ArrayList<>();

    MultilingualText read =
        MultilingualText.read(
            "theme",
            Map.of("en", "  Detention\nas a last resort ", "fr", "De\u0301tention"),
            1000,
            true,
            errors);

    assertThat(errors).isEmpty();
    assertThat(read.english()).isEqualTo("Detention\nas a last resort");
    assertThat(read.in("fr")).isEqualTo("Détention");
  }

  @Test
  void aLoneSurrogateOrTooManyLanguagesAreRefused() {
    List<FieldError> errors = new ArrayList<>();
    MultilingualText.read("title", Map.of("en", "Forum \uD800"), 200, false, errors);
    Map<String, String> seven = new LinkedHashMap<>();
    for (String code : List.of("ar", "zh", "en", "fr", "ru", "es", "pt")) {
      seven.put(code, "Forum");
    }
    MultilingualText.read("venue", seven, 200, false, errors);

    assertThat(errors)
        .containsExactly(
            new FieldError("title.en", "must be well-formed Unicode text"),
            new FieldError(
                "venue", "must have at most one text per UN language: ar, zh, en, fr, ru, es"));
  }
}
