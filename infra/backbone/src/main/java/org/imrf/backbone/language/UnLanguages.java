package org.imrf.backbone.language;

import java.util.List;
import java.util.Locale;
import org.imrf.backbone.web.InvalidFields;

/**
 * The six official UN languages, by ISO 639-1 code, and which of them a reader gets: the one asked
 * for with {@code ?lang=}, else the best of {@code Accept-Language}, else English.
 */
public final class UnLanguages {

  /** In the UN's order: Arabic, Chinese, English, French, Russian, Spanish. */
  public static final List<String> CODES = List.of("ar", "zh", "en", "fr", "ru", "es");

  public static final String ENGLISH = "en";

  static final String NOT_ONE = "must be one of the six UN languages: ar, zh, en, fr, ru, es";

  private UnLanguages() {}

  public static boolean isUnLanguage(String code) {
    return code != null && CODES.contains(code);
  }

  /** The code of the way it is written: {@link TextDirection}. */
  public static String direction(String language) {
    return TextDirection.of(language).code();
  }

  /**
   * The language a reader gets.
   *
   * @param lang the {@code lang} query parameter, if given: it wins, and must be a UN language
   * @param acceptLanguage the {@code Accept-Language} header, if any: its most preferred UN
   *     language (a region or script is ignored: {@code zh-Hant-TW} is Chinese); a header that
   *     cannot be read counts as none
   * @throws InvalidFields naming {@code lang} if it is not one of the six
   */
  public static String forReader(String lang, String acceptLanguage) {
    if (lang != null) {
      String code = lang.strip().toLowerCase(Locale.ROOT);
      if (!isUnLanguage(code)) {
        throw new InvalidFields("lang", NOT_ONE);
      }
      return code;
    }
    if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
      return ENGLISH;
    }
    List<Locale.LanguageRange> ranges;
    try {
      // sorted by weight, most wanted first; ranges with q=0 are left out
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException unreadable) {
      return ENGLISH;
    }
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() <= 0) {
        continue;
      }
      String primary = range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT);
      if ("*".equals(primary)) {
        return ENGLISH;
      }
      if (isUnLanguage(primary)) {
        return primary;
      }
    }
    return ENGLISH;
  }
}
