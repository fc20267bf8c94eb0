package org.imrf.registration.participant;

import org.imrf.backbone.domain.Coded;

/** What a participant wants if their organisation's in-person places are all taken. */
public enum WhenInPersonFull implements Coded {
  /** Refuse the request, saying what can be offered instead. */
  ASK("ask"),
  ONLINE("online"),
  WAITING_LIST("waiting-list");

  private final String code;

  WhenInPersonFull(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
