package org.imrf.backbone.language;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrf.backbone.web.FieldError;

/**
 * Organiser-written text (a title, a theme) in the UN languages it was given in: English always,
 * the other five when translated. A reader gets their language, or English where no translation was
 * given. In JSON (requests, responses, events) it is an object keyed by language code, in the UN's
 * order: {@code {"en": "International Migration Review Forum 2026", "fr": "Forum d'examen des
 * migrations internationales de 2026"}}.
 */
public final class MultilingualText {

  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
  private static final Pattern CONTROL_BUT_LINE_BREAKS = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
  private static final Pattern VISIBLE = Pattern.compile("[^\\p{Z}\\s\\p{C}]");

  private final Map<String, String> values;

  private MultilingualText(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Text given in these languages.
   *
   * @throws IllegalArgumentException without English, with a code that is not a UN language, or
   *     with a blank text
   */
  @JsonCreator
  public static MultilingualText of(Map<String, String> values) {
    Objects.requireNonNull(values, "values");
    if (values.get(UnLanguages.ENGLISH) == null) {
      throw new IllegalArgumentException("English is required: " + values.keySet());
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String language : UnLanguages.CODES) {
      String text = values.get(language);
      if (text != null) {
        if (!VISIBLE.matcher(text).find()) {
          throw new IllegalArgumentException("Blank text in " + language);
        }
        ordered.put(language, text);
      }
    }
    if (ordered.size() != values.size()) {
      throw new IllegalArgumentException("Not UN languages: " + values.keySet());
    }
    return new MultilingualText(Collections.unmodifiableMap(ordered));
  }

  /** Text given in English only, as everything was before translations. */
  public static MultilingualText english(String text) {
    return of(Map.of(UnLanguages.ENGLISH, text));
  }

  public String english() {
    return values.get(UnLanguages.ENGLISH);
  }

  /** The text in this language, or in English where it was not translated. */
  public String in(String language) {
    return values.getOrDefault(language, english());
  }

  /** The text a reader of this language gets, and the language it is written in. */
  public Localized localized(String language) {
    String text = values.get(language);
    return text == null
        ? new Localized(english(), UnLanguages.ENGLISH)
        : new Localized(text, language);
  }

  /** The translation into this language, if one was given. */
  public Optional<String> translation(String language) {
    return Optional.ofNullable(values.get(language));
  }

  /** The languages it was given in, English first among the UN's order. */
  public Set<String> languages() {
    return values.keySet();
  }

  /** Every language's text, in the UN's order. */
  @JsonValue
  public Map<String, String> asMap() {
    return values;
  }

  /**
   * Reads what a request sent for a field: each text stripped and in Unicode NFC. Adds an error for
   * each rule broken (English required, only the six codes, each text visible, without control
   * characters, at most {@code maxLength} characters) and returns null if there is any.
   *
   * @param field the field's name, for errors ({@code title}, {@code programme[2].title})
   * @param multiline whether line breaks and tabs are allowed (a theme), or not (a title)
   */
  public static MultilingualText read(
      String field,
      Map<String, String> given,
      int maxLength,
      boolean multiline,
      List<FieldError> errors) {
    if (given.size() > UnLanguages.CODES.size()) {
      errors.add(
          new FieldError(
              field, "must have at most one text per UN language: ar, zh, en, fr, ru, es"));
      return null;
    }
    List<FieldError> found = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    given.forEach(
        (language, text) -> {
          String at = field + "." + shortened(language);
          if (!UnLanguages.isUnLanguage(language)) {
            found.add(new FieldError(at, "is not a UN language: use ar, zh, en, fr, ru or es"));
            return;
          }
          String problem = problem(text, maxLength, multiline);
          if (problem != null) {
            found.add(new FieldError(at, problem));
            return;
          }
          values.put(language, Normalizer.normalize(text.strip(), Normalizer.Form.NFC));
        });
    if (!given.containsKey(UnLanguages.ENGLISH)) {
      found.add(
          new FieldError(
              field + "." + UnLanguages.ENGLISH,
              "is required: English is shown wherever no translation was given"));
    }
    if (!found.isEmpty()) {
      errors.addAll(found);
      return null;
    }
    return of(values);
  }

  /**
   * This text with a JSON merge patch (RFC 7396) applied: each language given gets its new text, a
   * language given as null loses its translation.
   *
   * @param patch texts by language (read with {@link #readPatch}); null values remove
   * @throws IllegalArgumentException if it would remove English
   */
  public MultilingualText merge(Map<String, String> patch) {
    Map<String, String> merged = new LinkedHashMap<>(values);
    patch.forEach(
        (language, text) -> {
          if (text == null) {
            merged.remove(language);
          } else {
            merged.put(language, text);
          }
        });
    return of(merged);
  }

  /**
   * Reads a JSON merge patch of a text from a request: texts by language, null for a translation to
   * remove. Adds an error for each rule broken (only the six codes; English cannot be removed, nor
   * given to a text that has none unless {@code englishRequired} is false; each text as {@link
   * #read} requires) and returns null if there is any.
   *
   * @param englishRequired whether the patch must give English (the text does not exist yet)
   */
  public static Map<String, String> readPatch(
      String field,
      Map<String, String> given,
      int maxLength,
      boolean multiline,
      boolean englishRequired,
      List<FieldError> errors) {
    if (given.size() > UnLanguages.CODES.size()) {
      errors.add(
          new FieldError(
              field, "must have at most one text per UN language: ar, zh, en, fr, ru, es"));
      return null;
    }
    List<FieldError> found = new ArrayList<>();
    Map<String, String> patch = new LinkedHashMap<>();
    given.forEach(
        (language, text) -> {
          String at = field + "." + shortened(language);
          if (!UnLanguages.isUnLanguage(language)) {
            found.add(new FieldError(at, "is not a UN language: use ar, zh, en, fr, ru or es"));
          } else if (text == null && UnLanguages.ENGLISH.equals(language)) {
            found.add(
                new FieldError(
                    at, "cannot be removed: English is shown wherever no translation was given"));
          } else if (text == null) {
            patch.put(language, null);
          } else {
            String problem = problem(text, maxLength, multiline);
            if (problem != null) {
              found.add(new FieldError(at, problem));
            } else {
              patch.put(language, Normalizer.normalize(text.strip(), Normalizer.Form.NFC));
            }
          }
        });
    if (englishRequired && !given.containsKey(UnLanguages.ENGLISH)) {
      found.add(
          new FieldError(
              field + "." + UnLanguages.ENGLISH,
              "is required: English is shown wherever no translation was given"));
    }
    if (!found.isEmpty()) {
      errors.addAll(found);
      return null;
    }
    return patch;
  }

  /**
   * Reads a text a request may give either per language ({@code titles}) or, as clients written
   * before translations did, in English alone ({@code title}), but not both. Null if neither is
   * given (with an error if {@code required}) or if a rule is broken (with an error for each).
   */
  public static MultilingualText readEither(
      String perLanguageField,
      Map<String, String> perLanguage,
      String englishField,
      String english,
      int maxLength,
      boolean multiline,
      boolean required,
      List<FieldError> errors) {
    if (perLanguage != null && english != null) {
      errors.add(
          new FieldError(englishField, "must be left out when " + perLanguageField + " is given"));
      return null;
    }
    if (english != null) {
      List<FieldError> found = new ArrayList<>();
      MultilingualText read =
          read(englishField, Map.of(UnLanguages.ENGLISH, english), maxLength, multiline, found);
      // here the English text is the field itself
      found.forEach(error -> errors.add(new FieldError(englishField, error.message())));
      return read;
    }
    if (perLanguage == null) {
      if (required) {
        errors.add(new FieldError(perLanguageField, "is required"));
      }
      return null;
    }
    return read(perLanguageField, perLanguage, maxLength, multiline, errors);
  }

  private static String problem(String text, int maxLength, boolean multiline) {
    if (text == null) {
      return "must be a text";
    }
    if ((multiline ? CONTROL_BUT_LINE_BREAKS : CONTROL).matcher(text).find()) {
      return "must not contain control characters";
    }
    if (!wellFormed(text)) {
      return "must be well-formed Unicode text";
    }
    if (!VISIBLE.matcher(text).find()) {
      return "must not be blank";
    }
    if (text.strip().codePointCount(0, text.strip().length()) > maxLength) {
      return "must be at most " + maxLength + " characters";
    }
    return null;
  }

  /** No lone surrogate: JSON's \\uD800 escapes can carry one that no UTF-8 text could. */
  private static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** An unknown key as errors name it: never longer than a language tag could be. */
  private static String shortened(String key) {
    return key.length() <= 16 ? key : key.substring(0, 16) + "…";
  }

  /**
   * A text as a reader gets it.
   *
   * @param text the text
   * @param language the language it is written in: the reader's, or English where it was not
   *     translated
   */
  public record Localized(String text, String language) {

    /** Whether the reader gets English instead of their language. */
    public boolean fallback(String readerLanguage) {
      return !language.equals(readerLanguage);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MultilingualText text && values.equals(text.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
