package org.imrf.registration.hearing;

import java.util.List;

/**
 * Gender as speakers describe themselves, if they wish: one of the {@link #CODES}, or their own
 * words (up to {@link #LONGEST} characters). The balance counts own words together as {@code
 * self-described} and never shows them.
 */
public final class Genders {

  public static final String WOMAN = "woman";
  public static final String MAN = "man";
  public static final String NON_BINARY = "non-binary";
  public static final String PREFERS_NOT_TO_SAY = "prefers-not-to-say";
  public static final List<String> CODES = List.of(WOMAN, MAN, NON_BINARY, PREFERS_NOT_TO_SAY);

  /** How the balance counts an answer in the speaker's own words. */
  public static final String SELF_DESCRIBED = "self-described";

  /** How the balance counts a request that gives none. */
  public static final String NOT_GIVEN = "not-given";

  public static final int LONGEST = 50;

  /** The balance's buckets, in the order it shows them. */
  public static final List<String> BUCKETS =
      List.of(WOMAN, MAN, NON_BINARY, SELF_DESCRIBED, PREFERS_NOT_TO_SAY, NOT_GIVEN);

  private Genders() {}

  /** The balance bucket of an answer (null when none was given). */
  public static String bucket(String gender) {
    if (gender == null) {
      return NOT_GIVEN;
    }
    return CODES.contains(gender) ? gender : SELF_DESCRIBED;
  }
}
