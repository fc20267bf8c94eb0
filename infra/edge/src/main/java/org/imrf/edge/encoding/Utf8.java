package org.imrf.edge.encoding;

import java.util.HexFormat;
import java.util.Optional;

/**
 * Strict UTF-8, as Unicode's table of well-formed byte sequences (Unicode 15, table 3-7) defines
 * it: no overlong forms (the classic {@code C0 AF} for "/"), no encoded surrogates, nothing beyond
 * U+10FFFF, no stray or missing continuation bytes. JSON parsers are often more lenient.
 */
public final class Utf8 {

  private Utf8() {}

  /** Where a byte sequence stops being well-formed UTF-8, and why. */
  public record Malformation(int offset, String sequence, String reason) {

    /** For people: "an overlong encoding (C0 AF) at byte 9". */
    public String describe() {
      return reason + " (" + sequence + ") at byte " + offset;
    }
  }

  /** The first ill-formed sequence of {@code bytes}, if any. */
  public static Optional<Malformation> firstMalformation(byte[] bytes) {
    return firstMalformation(bytes, 0, bytes.length);
  }

  /** The first ill-formed sequence of {@code bytes[from, to)}, offsets counted from 0. */
  public static Optional<Malformation> firstMalformation(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      int lead = bytes[i] & 0xff;
      if (lead < 0x80) {
        i++;
        continue;
      }
      int length;
      int secondMin = 0x80;
      int secondMax = 0xbf;
      String secondReason = "a truncated sequence";
      if (lead < 0xc0) {
        return malformed(bytes, i, i + 1, "a continuation byte without a lead byte");
      } else if (lead < 0xc2) {
        return malformed(bytes, i, Math.min(i + 2, to), "an overlong encoding");
      } else if (lead < 0xe0) {
        length = 2;
      } else if (lead < 0xf0) {
        length = 3;
        if (lead == 0xe0) {
          secondMin = 0xa0;
          secondReason = "an overlong encoding";
        } else if (lead == 0xed) {
          secondMax = 0x9f;
          secondReason = "a UTF-16 surrogate encoded as UTF-8";
        }
      } else if (lead < 0xf5) {
        length = 4;
        if (lead == 0xf0) {
          secondMin = 0x90;
          secondReason = "an overlong encoding";
        } else if (lead == 0xf4) {
          secondMax = 0x8f;
          secondReason = "a code point beyond U+10FFFF";
        }
      } else if (lead < 0xf8) {
        return malformed(bytes, i, Math.min(i + 4, to), "a code point beyond U+10FFFF");
      } else {
        return malformed(bytes, i, i + 1, "a byte that never occurs in UTF-8");
      }
      if (i + 1 >= to) {
        return malformed(bytes, i, to, "a truncated sequence");
      }
      int second = bytes[i + 1] & 0xff;
      if (second < 0x80 || second > 0xbf) {
        return malformed(bytes, i, i + 2, "a truncated sequence");
      }
      if (second < secondMin || second > secondMax) {
        return malformed(bytes, i, Math.min(i + length, to), secondReason);
      }
      for (int k = 2; k < length; k++) {
        if (i + k >= to) {
          return malformed(bytes, i, to, "a truncated sequence");
        }
        int next = bytes[i + k] & 0xff;
        if (next < 0x80 || next > 0xbf) {
          return malformed(bytes, i, i + k + 1, "a truncated sequence");
        }
      }
      i += length;
    }
    return Optional.empty();
  }

  private static Optional<Malformation> malformed(byte[] bytes, int at, int end, String reason) {
    return Optional.of(
        new Malformation(
            at, HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes, at, end), reason));
  }
}
