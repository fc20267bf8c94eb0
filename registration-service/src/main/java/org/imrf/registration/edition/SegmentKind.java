package org.imrf.registration.edition;

import java.util.Arrays;
import java.util.Optional;

/** The parts of a forum edition's programme. */
public enum SegmentKind {
  HEARING("hearing"),
  ROUND_TABLE("round-table"),
  POLICY_DEBATE("policy-debate"),
  PLENARY("plenary"),
  SIDE_EVENTS("side-events");

  /** The codes, as clients send them. */
  public static final String CODES = "hearing|round-table|policy-debate|plenary|side-events";

  private final String code;

  SegmentKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<SegmentKind> ofCode(String code) {
    return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
  }
}
