package org.imrf.edge.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The strict check agrees with the JDK's strict decoder, and says what is wrong and where. */
class Utf8Test {

  @Property(tries = 20_000)
  void agreesWithTheJdksStrictDecoderOnAnyBytes(@ForAll("utf8ish") byte[] bytes) {
    assertThat(Utf8.firstMalformation(bytes).isEmpty()).isEqualTo(jdkDecodes(bytes));
  }

  @Property(tries = 2_000)
  void everyStringJavaEncodesIsWellFormed(@ForAll String text) {
    // unpaired surrogates become "?" in getBytes: what is left is well-formed
    assertThat(Utf8.firstMalformation(text.getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void namesTheFirstMalformedSequenceAndItsOffset() {
    byte[] bytes = {'a', 'b', (byte) 0xE0, (byte) 0x80, (byte) 0xAF, 'c', (byte) 0xC0};
    Utf8.Malformation malformation = Utf8.firstMalformation(bytes).orElseThrow();
    assertThat(malformation.offset()).isEqualTo(2);
    assertThat(malformation.describe()).isEqualTo("an overlong encoding (E0 80 AF) at byte 2");
  }

  @Test
  void aSequenceCutAtTheEndIsTruncated() {
    byte[] bytes = {'a', (byte) 0xF0, (byte) 0x9F, (byte) 0x98};
    assertThat(Utf8.firstMalformation(bytes).orElseThrow().describe())
        .isEqualTo("a truncated sequence (F0 9F 98) at byte 1");
  }

  /** Bytes that are mostly lead and continuation bytes, where malformations hide. */
  @Provide
  Arbitrary<byte[]> utf8ish() {
    Arbitrary<Byte> interesting =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.bytes().between((byte) 0x80, (byte) 0xBF)),
            net.jqwik.api.Tuple.of(2, Arbitraries.bytes().between((byte) 0xC0, (byte) 0xFF)),
            net.jqwik.api.Tuple.of(1, Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E)));
    return interesting.array(byte[].class).ofMinSize(0).ofMaxSize(12);
  }

  private static boolean jdkDecodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException malformed) {
      return false;
    }
  }
}
