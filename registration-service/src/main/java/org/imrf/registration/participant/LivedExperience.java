package org.imrf.registration.participant;

import java.util.Arrays;
import java.util.Optional;

/**
 * Self-declared lived experience of migration (of detention, say): optional, never required, and
 * never published in events; it serves the balance of the hearing's speakers.
 */
public enum LivedExperience {
  YES("yes"),
  NO("no"),
  NOT_SAID("not-said");

  public static final String CODES = "yes|no|not-said";

  private final String code;

  LivedExperience(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<LivedExperience> ofCode(String code) {
    return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
  }
}
