package org.imrf.backbone.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SealerTest {

  private final Sealer sealer = new Sealer(Base64.getEncoder().encodeToString(new byte[32]));

  @Test
  void whatIsSealedOpensWithTheSameKeyOnly() {
    String sealed = sealer.seal("http://127.0.0.1:8080/access/abc");

    assertThat(sealed).doesNotContain("access");
    assertThat(sealer.open(sealed)).isEqualTo("http://127.0.0.1:8080/access/abc");
    byte[] other = new byte[32];
    other[0] = 1;
    assertThatThrownBy(() -> new Sealer(Base64.getEncoder().encodeToString(other)).open(sealed))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aChangedSealIsDetected() {
    String sealed = sealer.seal("link");
    String changed = (sealed.charAt(20) == 'A' ? "B" : "A");
    String tampered = sealed.substring(0, 20) + changed + sealed.substring(21);

    assertThatThrownBy(() -> sealer.open(tampered)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sealer.open("%%%")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aKeyOfTheWrongSizeIsRefusedAtStart() {
    assertThatThrownBy(() -> new Sealer("c2hvcnQ="))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("32 bytes");
  }

  @Test
  void twoSealsOfTheSameTextDiffer() {
    assertThat(sealer.seal("same")).isNotEqualTo(sealer.seal("same"));
  }
}
