package org.imrf.notification.preference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The kinds of message a participant can choose channels for: every kind with a text of its own (a
 * {@code <kind>.subject} in the English messages), each named in the six UN languages for a
 * preferences page ({@code i18n/preferences_<language>.properties}).
 */
@Component
public class KindsOfMessage {

  private static final String MESSAGES = "i18n/notifications_en.properties";
  private static final String SUBJECT = ".subject";

  /** Kinds whose text organisers write, so with no {@code .subject} among the messages. */
  private static final List<String> WRITTEN_BY_ORGANISERS = List.of("announcement");

  private final List<String> kinds;
  private final MessageSource names;

  KindsOfMessage() {
    this.kinds = read();
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("i18n/preferences");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    this.names = source;
  }

  /** Every kind, in alphabetical order. */
  public List<String> all() {
    return kinds;
  }

  public boolean known(String kind) {
    return kinds.contains(kind);
  }

  /** The kind's name for people, in the language; its code if it has none yet. */
  public String name(String kind, String language) {
    return names.getMessage("kind." + kind, null, kind, Locale.forLanguageTag(language));
  }

  private static List<String> read() {
    Properties messages = new Properties();
    try (InputStream in = KindsOfMessage.class.getClassLoader().getResourceAsStream(MESSAGES)) {
      if (in == null) {
        throw new IllegalStateException("No " + MESSAGES + " on the class path");
      }
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Stream.concat(
            messages.stringPropertyNames().stream()
                .filter(key -> key.endsWith(SUBJECT))
                .map(key -> key.substring(0, key.length() - SUBJECT.length())),
            WRITTEN_BY_ORGANISERS.stream())
        .sorted()
        .toList();
  }
}
