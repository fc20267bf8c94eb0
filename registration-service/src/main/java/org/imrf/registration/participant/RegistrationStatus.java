package org.imrf.registration.participant;

import org.imrf.backbone.domain.Coded;

/** Where a registration stands, as organisers filter and count it. */
public enum RegistrationStatus implements Coded {
  /** Takes part: accredited or needing no accreditation. */
  REGISTERED("registered"),
  AWAITING_ACCREDITATION("awaiting-accreditation"),
  REFUSED("refused"),
  CANCELLED("cancelled"),
  /** Personal data erased on request; the record remains, anonymous, for the counts. */
  ERASED("erased");

  private final String code;

  RegistrationStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
