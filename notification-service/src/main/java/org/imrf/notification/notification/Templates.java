package org.imrf.notification.notification;

import java.util.Locale;
import java.util.regex.Pattern;
import org.imrf.backbone.language.Isolation;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The text of each kind of notification in the six UN languages, from {@code
 * i18n/notifications_<language>.properties}. What is put into a text (a name, a title, a link, a
 * phrase) is isolated when it is written in the other direction (a Latin name in Arabic), and a
 * sentence that ends on an abbreviation's period (Russian «г.») takes no second one.
 */
@Component
public class Templates {

  /** Two periods, neither part of an ellipsis. */
  private static final Pattern DOUBLED_PERIOD = Pattern.compile("(?<!\\.)\\.\\.(?!\\.)");

  private final MessageSource messages;

  Templates() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("i18n/notifications");
    source.setDefaultEncoding("UTF-8");
    // a language without a translation falls back to English, never to the server's locale
    source.setFallbackToSystemLocale(false);
    // one rule for every text, with or without placeholders: apostrophes are doubled
    source.setAlwaysUseMessageFormat(true);
    this.messages = source;
  }

  /** A piece of text to put into a message, in the language. */
  public String phrase(String key, String language, Object... arguments) {
    return finished(
        messages.getMessage(key, isolated(language, arguments), Locale.forLanguageTag(language)));
  }

  /**
   * Renders one kind of notification.
   *
   * @param kind e.g. {@code registration-confirmation}
   * @param language ISO 639-1 code of a UN language
   * @param arguments the template's placeholders, in order
   */
  public Message render(String kind, String language, Object... arguments) {
    Locale locale = Locale.forLanguageTag(language);
    Object[] inserted = isolated(language, arguments);
    return new Message(
        finished(messages.getMessage(kind + ".subject", inserted, locale)),
        finished(messages.getMessage(kind + ".body", inserted, locale)));
  }

  private static Object[] isolated(String language, Object[] arguments) {
    Object[] isolated = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      isolated[i] =
          arguments[i] instanceof String text
              ? Isolation.forSentenceIn(language, text)
              : arguments[i];
    }
    return isolated;
  }

  /** A sentence ending on an abbreviation («2022 г.», «etc.») ends with that period alone. */
  static String finished(String text) {
    return DOUBLED_PERIOD.matcher(text).replaceAll(".");
  }
}
