package org.imrf.registration.participant;

import org.imrf.backbone.domain.Coded;

/** What a participant needs to take part fully. */
public enum AccessibilityNeed implements Coded {
  SIGN_LANGUAGE("sign-language"),
  CAPTIONING("captioning"),
  STEP_FREE_ACCESS("step-free-access"),
  /** Described in the participant's own words. */
  OTHER("other");

  private final String code;

  AccessibilityNeed(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
