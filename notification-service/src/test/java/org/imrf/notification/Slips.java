package org.imrf.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slips a rendered message must not have, in the language it is written in: a placeholder left
 * unfilled, a doubled period, Latin punctuation in Arabic or Chinese, a breaking space before
 * French high punctuation, English left in another language, and text of the other direction that
 * is not isolated (a Latin name in Arabic shown in the wrong order).
 */
public final class Slips {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9a-z]|\\bnull\\b|''");
  private static final Pattern DOUBLED_PERIOD = Pattern.compile("(?<!\\.)\\.\\.(?!\\.)|。\\.|\\.。");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern ISOLATED = Pattern.compile("[\u2066\u2067\u2068][^\u2069]*\u2069");
  private static final Pattern LATIN_LETTER = Pattern.compile("\\p{IsLatin}");
  private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");
  private static final Pattern LATIN_PUNCTUATION_IN_ARABIC = Pattern.compile("[,;?]");
  // next to a Chinese character: a title left in English has punctuation of its own
  private static final Pattern LATIN_PUNCTUATION_IN_CHINESE =
      Pattern.compile("(?<=\\p{IsHan})[,;:?!]|[,;:?!](?=\\p{IsHan})");
  private static final Pattern FRENCH_BREAKING_SPACE = Pattern.compile(" [:;?!»]|« ");
  // words of English that are no word of French or Spanish
  private static final Set<String> ENGLISH =
      Set.of(
          "the",
          "and",
          "your",
          "you",
          "has",
          "been",
          "with",
          "will",
          "Dear",
          "Time",
          "from",
          "until",
          "secretariat",
          "now",
          "where",
          "which");

  private Slips() {}

  /**
   * What is wrong with a text written in a language.
   *
   * @param english texts that have a translation into the language, so must not appear in English
   */
  public static List<String> in(String language, String text, List<String> english) {
    List<String> slips = new ArrayList<>();
    find(PLACEHOLDER, text, "unfilled placeholder or stray quote", slips);
    find(DOUBLED_PERIOD, text, "doubled period", slips);
    long opened = text.chars().filter(c -> c >= 0x2066 && c <= 0x2068).count();
    long closed = text.chars().filter(c -> c == 0x2069).count();
    if (opened != closed) {
      slips.add("unbalanced isolates: " + opened + " opened, " + closed + " closed");
    }
    // what the message's own language says: links and isolated insertions set aside
    String own = ISOLATED.matcher(URL.matcher(text).replaceAll(" ")).replaceAll(" ");
    switch (language) {
      case "ar" -> {
        find(LATIN_PUNCTUATION_IN_ARABIC, own, "Latin punctuation in Arabic", slips);
        find(LATIN_LETTER, own, "Latin letters not isolated in Arabic", slips);
      }
      case "zh" -> find(LATIN_PUNCTUATION_IN_CHINESE, own, "Latin punctuation in Chinese", slips);
      case "fr" -> find(FRENCH_BREAKING_SPACE, own, "breaking space at French punctuation", slips);
      default -> {}
    }
    if (!language.equals("ar")) {
      find(ARABIC_LETTER, own, "Arabic letters not isolated in a left-to-right text", slips);
    }
    if (!language.equals("en")) {
      for (String word : own.split("[^\\p{L}]+")) {
        if (ENGLISH.contains(word)) {
          slips.add("English word '" + word + "'");
        }
      }
      for (String translated : english) {
        if (text.contains(translated)) {
          slips.add("English text with a translation: " + translated);
        }
      }
    }
    return slips;
  }

  private static void find(Pattern pattern, String text, String slip, List<String> slips) {
    Matcher found = pattern.matcher(text);
    if (found.find()) {
      int from = Math.max(0, found.start() - 20);
      int to = Math.min(text.length(), found.end() + 20);
      slips.add(slip + ": …" + text.substring(from, to).replace("\n", "⏎") + "…");
    }
  }
}
