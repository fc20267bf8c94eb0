package org.imrf.registration.badge;

/** What was scanned is not a badge token this forum signed; the message says what is wrong. */
public class UnreadableBadgeCode extends RuntimeException {

  public UnreadableBadgeCode(String message) {
    super(message);
  }
}
