package org.imrf.backbone.language;

/**
 * Keeps text of one direction whole inside text of the other (a Latin name in an Arabic sentence,
 * an Arabic name in an English one) with Unicode's directional isolates, so that neither reorders
 * the punctuation and numbers around it (Unicode Bidirectional Algorithm, UAX #9).
 */
public final class Isolation {

  /** FIRST STRONG ISOLATE: the inserted text takes the direction of its first letter. */
  public static final char FSI = '\u2068';

  /** POP DIRECTIONAL ISOLATE: ends an isolate. */
  public static final char PDI = '\u2069';

  private Isolation() {}

  /**
   * The text as it can be put into a sentence of the language: isolated when, outside the isolates
   * it already holds, it has a letter written in the other direction.
   */
  public static String forSentenceIn(String language, String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    boolean rightToLeft = "rtl".equals(UnLanguages.direction(language));
    return hasLettersOtherThan(text, rightToLeft) ? FSI + text + PDI : text;
  }

  /**
   * Whether the text has, outside its isolates, a letter written in the other direction than the
   * sentence's.
   */
  public static boolean hasLettersOtherThan(String text, boolean rightToLeft) {
    int depth = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\u2066' || c == '\u2067' || c == FSI) {
        depth++;
      } else if (c == PDI) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0) {
        byte direction = Character.getDirectionality(c);
        boolean rtl =
            direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        boolean ltr = direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
        if (rightToLeft ? ltr : rtl) {
          return true;
        }
      }
    }
    return false;
  }
}
