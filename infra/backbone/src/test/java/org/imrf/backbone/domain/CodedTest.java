package org.imrf.backbone.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodedTest {

  enum Weather implements Coded {
    LIGHT_RAIN("light-rain"),
    SUN("sun");

    private final String code;

    Weather(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  enum Twice implements Coded {
    ONE,
    OTHER;

    @Override
    public String code() {
      return "same";
    }
  }

  @Test
  void aCodeReadsBackAsItsConstant() {
    assertThat(Coded.ofCode(Weather.class, "light-rain")).contains(Weather.LIGHT_RAIN);
    assertThat(Coded.ofCode(Weather.class, "sun")).contains(Weather.SUN);
  }

  @Test
  void anythingElseIsNoConstant() {
    assertThat(Coded.ofCode(Weather.class, "LIGHT_RAIN")).isEmpty();
    assertThat(Coded.ofCode(Weather.class, "Sun")).isEmpty();
    assertThat(Coded.ofCode(Weather.class, "")).isEmpty();
    assertThat(Coded.ofCode(Weather.class, null)).isEmpty();
  }

  @Test
  void theCodesAreInDeclarationOrder() {
    assertThat(Coded.codes(Weather.class)).containsExactly("light-rain", "sun");
  }

  @Test
  void anEnumGivingACodeTwiceIsRefused() {
    assertThatThrownBy(() -> Coded.codes(Twice.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("same");
  }
}
