package org.imrf.registration.participant;

import org.imrf.backbone.domain.Coded;

/**
 * Self-declared lived experience of migration (of detention, say): optional, never required, and
 * never published in events; it serves the balance of the hearing's speakers.
 */
public enum LivedExperience implements Coded {
  YES("yes"),
  NO("no"),
  NOT_SAID("not-said");

  private final String code;

  LivedExperience(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
