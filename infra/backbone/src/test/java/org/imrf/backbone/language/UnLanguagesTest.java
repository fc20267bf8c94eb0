package org.imrf.backbone.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.imrf.backbone.web.InvalidFields;
import org.junit.jupiter.api.Test;

class UnLanguagesTest {

  @Test
  void theLangParameterWinsOverTheHeader() {
    assertThat(UnLanguages.forReader("fr", "ar, en;q=0.5")).isEqualTo("fr");
    assertThat(UnLanguages.forReader("ZH", null)).isEqualTo("zh");
  }

  @Test
  void theHeaderGivesItsMostWantedUnLanguageIgnoringRegionAndScript() {
    assertThat(UnLanguages.forReader(null, "de-CH, zh-Hant-TW;q=0.8, en;q=0.5")).isEqualTo("zh");
    assertThat(UnLanguages.forReader(null, "en;q=0.2, ar-JO;q=0.9")).isEqualTo("ar");
    assertThat(UnLanguages.forReader(null, "es-419")).isEqualTo("es");
  }

  @Test
  void withoutAUnLanguageOrAReadableHeaderItIsEnglish() {
    assertThat(UnLanguages.forReader(null, null)).isEqualTo("en");
    assertThat(UnLanguages.forReader(null, "de, pt-BR")).isEqualTo("en");
    assertThat(UnLanguages.forReader(null, "fr;q=0")).isEqualTo("en");
    assertThat(UnLanguages.forReader(null, ";;;q=x,,")).isEqualTo("en");
  }

  @Test
  void aLangThatIsNotAUnLanguageIsRefusedByName() {
    assertThatThrownBy(() -> UnLanguages.forReader("de", null))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            invalid -> assertThat(invalid.errors().get(0).field()).isEqualTo("lang"));
  }
}
