package org.imrf.notification.preference;

import org.imrf.backbone.domain.Coded;

/** How often a participant hears by email. */
public enum DeliveryMode implements Coded {
  /** Each message as it is written. */
  IMMEDIATE("immediate"),
  /** One email a day, in their morning, summarising the day's messages. */
  DAILY_DIGEST("daily-digest");

  private final String code;

  DeliveryMode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
