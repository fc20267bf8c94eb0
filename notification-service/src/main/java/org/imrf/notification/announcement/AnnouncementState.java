package org.imrf.notification.announcement;

import org.imrf.backbone.domain.Coded;

/** Where an announcement stands: written and changed, being written to everyone, or done. */
public enum AnnouncementState implements Coded {
  DRAFT("draft"),
  SENDING("sending"),
  SENT("sent");

  private final String code;

  AnnouncementState(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
