package org.imrf.notification.email;

import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * What the email channel itself says to people (the unsubscribe line under each email, the
 * unsubscribe pages), in the six UN languages, from {@code i18n/email_<language>.properties}.
 */
@Component
public class EmailTexts {

  /** Every key, each translated into every language. */
  public static final List<String> KEYS =
      List.of(
          "footer.unsubscribe",
          "page.title",
          "page.question",
          "page.note",
          "page.button",
          "page.done");

  private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

  EmailTexts() {
    texts.setBasename("i18n/email");
    texts.setDefaultEncoding("UTF-8");
    // a language without a translation falls back to English, never to the server's locale
    texts.setFallbackToSystemLocale(false);
  }

  public String text(String key, String language) {
    return texts.getMessage(key, null, Locale.forLanguageTag(language));
  }
}
