package org.imrf.notification.webhook;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How organisation names are compared, as registration-service compares them for its
 * per-organisation places: "Amnesty International" and " amnesty internatíonal" are one.
 */
final class Organisations {

  private Organisations() {}

  static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .replaceAll("[\\p{P}\\p{S}]+", " ")
        .toLowerCase(Locale.ROOT)
        .strip()
        .replaceAll("\\s+", " ");
  }

  /** As written, one form per character, single spaces. */
  static String clean(String name) {
    return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
  }
}
