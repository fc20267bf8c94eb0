package org.imrf.notification.delivery;

import org.imrf.backbone.domain.Coded;

/** A way a notification reaches its recipient; each has its own queue, retries and breaker. */
public enum Channel implements Coded {
  EMAIL("email"),
  IN_APP("in-app"),
  WEBHOOK("webhook");

  private final String code;

  Channel(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
