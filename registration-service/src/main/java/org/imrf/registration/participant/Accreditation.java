package org.imrf.registration.participant;

import org.imrf.backbone.domain.Coded;

/** Where a participant's accreditation stands. */
public enum Accreditation implements Coded {
  NOT_REQUIRED("not-required"),
  /** ECOSOC track: waiting for the organisation's focal point (an organiser stands in). */
  AWAITING_CONFIRMATION("awaiting-confirmation"),
  /** Special track: applied, not decided. */
  PENDING("pending"),
  /** Special track: approved unless a Member State objects before the period ends. */
  PROVISIONALLY_APPROVED("provisionally-approved"),
  /** Special track: a Member State objected; back with the organisers for a decision. */
  OBJECTED("objected"),
  GRANTED("granted"),
  REFUSED("refused");

  private final String code;

  Accreditation(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** Accredited, or needing no accreditation: the participant takes part. */
  public boolean admits() {
    return this == NOT_REQUIRED || this == GRANTED;
  }

  /** Still to be decided. */
  public boolean undecided() {
    return this == AWAITING_CONFIRMATION
        || this == PENDING
        || this == PROVISIONALLY_APPROVED
        || this == OBJECTED;
  }
}
