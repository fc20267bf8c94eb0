package org.imrf.notification.preference;

import java.util.Set;

/**
 * The kinds of message that go by email immediately whatever a participant chose: those that carry
 * their access link, and notices about their account. Otherwise a participant who turned email off
 * could never recover a lost link, nor learn that their registration ended.
 */
public final class AlwaysByEmail {

  /** The daily digest itself: it is the email the participant asked for. */
  static final String DAILY_DIGEST = "daily-digest";

  public static final Set<String> KINDS =
      Set.of(
          "registration-confirmation",
          "access-link",
          "access-link-requested",
          "registration-cancelled",
          DAILY_DIGEST);

  private AlwaysByEmail() {}

  public static boolean covers(String kind) {
    return KINDS.contains(kind);
  }
}
