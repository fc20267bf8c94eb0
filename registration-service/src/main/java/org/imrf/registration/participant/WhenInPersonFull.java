package org.imrf.registration.participant;

import java.util.Arrays;
import java.util.Optional;

/** What a participant wants if their organisation's in-person places are all taken. */
public enum WhenInPersonFull {
  /** Refuse the request, saying what can be offered instead. */
  ASK("ask"),
  ONLINE("online"),
  WAITING_LIST("waiting-list");

  public static final String CODES = "ask|online|waiting-list";

  private final String code;

  WhenInPersonFull(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<WhenInPersonFull> ofCode(String code) {
    return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
  }
}
