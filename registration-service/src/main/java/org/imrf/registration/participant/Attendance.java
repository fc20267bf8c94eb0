package org.imrf.registration.participant;

import org.imrf.backbone.domain.Coded;

/** How a participant attends. */
public enum Attendance implements Coded {
  IN_PERSON("in-person"),
  ONLINE("online"),
  /** Wants to attend in person, but the organisation's places are taken: queued for one. */
  WAITING_LIST("waiting-list");

  private final String code;

  Attendance(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
