package org.imrf.registration.participant;

import java.text.Normalizer;
import java.util.Locale;

/** How organisation names are written and compared. */
public final class Organisations {

  private Organisations() {}

  /** As written, one form per character, single spaces. */
  public static String clean(String name) {
    return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
  }

  /**
   * The name as compared for the per-organisation cap: "Amnesty International" and " amnesty
   * internatíonal" are one organisation, whatever the case, accents, punctuation or spacing.
   */
  public static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .replaceAll("[\\p{P}\\p{S}]+", " ")
        .toLowerCase(Locale.ROOT)
        .strip()
        .replaceAll("\\s+", " ");
  }
}
