package org.imrf.registration.edition;

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
}
