package org.imrf.notification.delivery;

import org.imrf.backbone.domain.Coded;

/** Where one notification's delivery on one channel stands. */
public enum DeliveryState implements Coded {
  /** Waiting for its first or next attempt. */
  QUEUED("queued"),
  /** Handed over: to the mail relay, the inbox, the organisation's endpoint. */
  SENT("sent"),
  /** Given up after every attempt allowed. */
  FAILED("failed"),
  /** Refused for good by the other side (an address the relay rejects): never retried. */
  BOUNCED("bounced"),
  /** Not sent, because the recipient chose not to hear this kind on this channel. */
  SUPPRESSED("suppressed");

  private final String code;

  DeliveryState(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
