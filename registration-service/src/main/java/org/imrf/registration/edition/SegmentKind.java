package org.imrf.registration.edition;

import java.util.Arrays;
import java.util.Optional;
import org.imrf.backbone.domain.Coded;

/** The parts of a forum edition's programme. */
public enum SegmentKind implements Coded {
  HEARING("hearing"),
  ROUND_TABLE("round-table"),
  POLICY_DEBATE("policy-debate"),
  PLENARY("plenary"),
  SIDE_EVENTS("side-events");

  private final String code;

  SegmentKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  public static Optional<SegmentKind> ofCode(String code) {
    return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
  }
}
