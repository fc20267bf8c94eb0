package org.imrf.notification.notification;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.imrf.backbone.language.Isolation;
import org.imrf.backbone.language.LocalTimes;
import org.springframework.stereotype.Component;

/**
 * The text of each kind of notification in the six UN languages, from {@code
 * i18n/notifications_<language>.properties}, as ICU message formats: plurals with each language's
 * own categories, selects, and numbers as the language writes them. What is put into a text (a
 * name, a title, a link, a phrase) is isolated when it is written in the other direction (a Latin
 * name in Arabic), and a sentence that ends on an abbreviation's period (Russian «г.») takes no
 * second one.
 */
@Component
public class Templates {

  static final String BUNDLE = "i18n/notifications";

  /** Two periods, neither part of an ellipsis. */
  private static final Pattern DOUBLED_PERIOD = Pattern.compile("(?<!\\.)\\.\\.(?!\\.)");

  // a language without a translation falls back to English (the base bundle), never to the
  // server's locale
  private static final ResourceBundle.Control ENGLISH_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** A count handed over as text (as it is written: «3», «4.5»). */
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private final Map<String, Parsed> texts = new ConcurrentHashMap<>();

  /** A piece of text to put into a message, in the language. */
  public String phrase(String key, String language, Object... arguments) {
    return finished(format(key, language, isolated(language, arguments)));
  }

  /**
   * Renders one kind of notification.
   *
   * @param kind e.g. {@code registration-confirmation}
   * @param language ISO 639-1 code of a UN language
   * @param arguments the template's placeholders, in order; what a plural counts is a number, or
   *     text that writes one
   */
  public Message render(String kind, String language, Object... arguments) {
    Object[] inserted = isolated(language, arguments);
    return new Message(
        finished(format(kind + ".subject", language, inserted)),
        finished(format(kind + ".body", language, inserted)));
  }

  /**
   * The text of a key in a language, parsed as this class parses every text: an apostrophe is
   * always doubled (java.text's rule, which the texts were written to), never optional as ICU's
   * default would have it.
   *
   * @throws MissingResourceException if no language, English included, has the key
   * @throws IllegalArgumentException if the text is no valid pattern
   */
  static MessageFormat parse(String pattern, String language) {
    MessageFormat format = new MessageFormat("", LocalTimes.locale(language));
    format.applyPattern(pattern, MessagePattern.ApostropheMode.DOUBLE_REQUIRED);
    return format;
  }

  private String format(String key, String language, Object[] arguments) {
    Parsed parsed =
        texts.computeIfAbsent(
            language + "/" + key,
            k -> {
              String pattern =
                  ResourceBundle.getBundle(
                          BUNDLE, Locale.forLanguageTag(language), ENGLISH_FALLBACK)
                      .getString(key);
              return new Parsed(parse(pattern, language), counted(pattern));
            });
    Object[] read = arguments.clone();
    for (int i : parsed.counted()) {
      if (i < read.length && read[i] instanceof String text && NUMBER.matcher(text).matches()) {
        read[i] = new BigDecimal(text);
      }
    }
    // ICU's formats are not thread-safe: each rendering formats with its own copy
    return ((MessageFormat) parsed.format().clone()).format(read);
  }

  /** The arguments a text counts with (plurals), which must be numbers. */
  private static Set<Integer> counted(String pattern) {
    MessagePattern parts =
        new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_REQUIRED).parse(pattern);
    Set<Integer> counted = new HashSet<>();
    for (int i = 0; i + 1 < parts.countParts(); i++) {
      MessagePattern.Part part = parts.getPart(i);
      MessagePattern.Part argument = parts.getPart(i + 1);
      if (part.getType() == MessagePattern.Part.Type.ARG_START
          && part.getArgType().hasPluralStyle()
          && argument.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
        counted.add(argument.getValue());
      }
    }
    return Set.copyOf(counted);
  }

  /** A text parsed, and the arguments it counts with. */
  private record Parsed(MessageFormat format, Set<Integer> counted) {}

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
