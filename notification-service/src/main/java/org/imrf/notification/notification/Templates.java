package org.imrf.notification.notification;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The text of each kind of notification in the six UN languages, from {@code
 * i18n/notifications_<language>.properties}.
 */
@Component
public class Templates {

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

  /**
   * Renders one kind of notification.
   *
   * @param kind e.g. {@code registration-confirmation}
   * @param language ISO 639-1 code of a UN language
   * @param arguments the template's placeholders, in order
   */
  /** A piece of text to put into a message, in the language. */
  public String phrase(String key, String language, Object... arguments) {
    return messages.getMessage(key, arguments, Locale.forLanguageTag(language));
  }

  public Message render(String kind, String language, Object... arguments) {
    Locale locale = Locale.forLanguageTag(language);
    return new Message(
        messages.getMessage(kind + ".subject", arguments, locale),
        messages.getMessage(kind + ".body", arguments, locale));
  }
}
