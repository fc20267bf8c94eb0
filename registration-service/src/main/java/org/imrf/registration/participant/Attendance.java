package org.imrf.registration.participant;

import java.util.Arrays;
import java.util.Optional;

/** How a participant attends. */
public enum Attendance {
  IN_PERSON("in-person"),
  ONLINE("online"),
  /** Wants to attend in person, but the organisation's places are taken: queued for one. */
  WAITING_LIST("waiting-list");

  /** The codes clients may ask for (the waiting list is offered, not asked for). */
  public static final String REQUESTABLE = "in-person|online";

  public static final String CODES = "in-person|online|waiting-list";

  private final String code;

  Attendance(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Attendance> ofCode(String code) {
    return Arrays.stream(values()).filter(attendance -> attendance.code.equals(code)).findFirst();
  }
}
