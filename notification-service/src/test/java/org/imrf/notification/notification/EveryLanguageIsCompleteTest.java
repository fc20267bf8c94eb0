package org.imrf.notification.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.imrf.backbone.language.LocalTimes;
import org.junit.jupiter.api.Test;

/**
 * Every text people read exists in the six UN languages, is translated rather than English copied,
 * parses as an ICU message format, fills the same placeholders as the English one and counts with
 * every plural category of its language. All problems are reported at once, by language and key,
 * with a report of each language's completeness (target/translation-completeness.txt).
 */
class EveryLanguageIsCompleteTest {

  static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

  /** Values that read the same in every language: placeholders and punctuation alone. */
  static final Set<String> SAME_IN_EVERY_LANGUAGE =
      Set.of("{0} ({1})", "\u0020({0})", "- {0}: {1}");

  @Test
  void everyLanguageHasEveryTextTranslatedWithTheSamePlaceholdersAndItsOwnPlurals()
      throws IOException {
    // given the English texts, from which every other language translates
    Map<String, String> english = texts("en");
    List<String> problems = new ArrayList<>();
    StringBuilder report = new StringBuilder("language  keys  translated  allow-listed\n");

    // when each language's texts are compared with them
    for (String language : LANGUAGES) {
      Completeness completeness = compared(language, texts(language), english);
      problems.addAll(completeness.problems());
      report.append(
          String.format(
              "%-8s  %4d  %10d  %12d%n",
              language,
              completeness.keys(),
              completeness.translated(),
              completeness.allowListed()));
    }

    // then none lacks a text, copies English, or fills or counts other than it should
    System.out.print(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "translation-completeness.txt"), report.toString());
    assertThat(problems).as("translation problems (language key: problem)").isEmpty();
  }

  @Test
  void aTextThatDoesNotParseFillsOtherPlaceholdersOrLacksPluralFormsIsCaught() {
    // given a Russian text that counts with English's two forms, a French one broken, and a
    // Spanish one filling another placeholder
    List<String> problems = new ArrayList<>();
    problems.addAll(
        patternProblems(
            "ru",
            "k",
            "{0, plural, one{# час} other{# часа}}",
            "{0, plural, one{# hour} other{# hours}}"));
    problems.addAll(patternProblems("fr", "k", "{0} ({2", "{0} ({1})"));
    problems.addAll(patternProblems("es", "k", "{0} ({2})", "{0} ({1})"));

    // then each is a problem, named
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains("ru k", "few", "many"))
        .anySatisfy(p -> assertThat(p).contains("fr k", "does not parse"))
        .anySatisfy(p -> assertThat(p).contains("es k", "[0, 2]", "[0, 1]"));
  }

  @Test
  void aLanguageLackingATextHavingAnExtraOneOrCopyingEnglishIsCaught() {
    // given English texts, and Spanish ones that lack one, add one and copy one
    Map<String, String> english =
        Map.of("a", "Dear {0}", "b", "The IMRF secretariat", "c", "{0} ({1})");
    Map<String, String> spanish =
        Map.of("b", "The IMRF secretariat", "c", "{0} ({1})", "d", "Hola {0}");

    // when they are compared
    Completeness completeness = compared("es", spanish, english);

    // then each problem is named by language and key, and the placeholders alone are allowed
    assertThat(completeness.problems())
        .containsExactlyInAnyOrder(
            "es a: missing", "es d: not in English", "es b: the English text, untranslated");
    assertThat(completeness.allowListed()).isEqualTo(1);
  }

  /** One language's texts compared with English's, and how many are translated or allowed. */
  record Completeness(int keys, int translated, int allowListed, List<String> problems) {}

  static Completeness compared(
      String language, Map<String, String> texts, Map<String, String> english) {
    List<String> problems = new ArrayList<>();
    int translated = 0;
    int allowListed = 0;
    for (String key : new TreeSet<>(english.keySet())) {
      if (!texts.containsKey(key)) {
        problems.add(language + " " + key + ": missing");
      }
    }
    for (String key : new TreeSet<>(texts.keySet())) {
      String value = texts.get(key);
      if (!english.containsKey(key)) {
        problems.add(language + " " + key + ": not in English");
        continue;
      }
      if (SAME_IN_EVERY_LANGUAGE.contains(value)) {
        allowListed++;
      } else if (!language.equals("en") && value.equals(english.get(key))) {
        problems.add(language + " " + key + ": the English text, untranslated");
      } else {
        translated++;
      }
      problems.addAll(patternProblems(language, key, value, english.get(key)));
    }
    return new Completeness(texts.size(), translated, allowListed, problems);
  }

  /** What is wrong with one text: it does not parse, fills other placeholders, or counts wrong. */
  static List<String> patternProblems(String language, String key, String text, String english) {
    List<String> problems = new ArrayList<>();
    MessagePattern pattern;
    try {
      Templates.parse(text, language);
      pattern = parsed(text);
    } catch (IllegalArgumentException invalid) {
      problems.add(language + " " + key + ": does not parse: " + invalid.getMessage());
      return problems;
    }
    Set<String> placeholders = placeholders(pattern);
    if (english != null) {
      Set<String> englishPlaceholders = placeholders(parsed(english));
      if (!placeholders.equals(englishPlaceholders)) {
        problems.add(
            language
                + " "
                + key
                + ": placeholders "
                + placeholders
                + " where English has "
                + englishPlaceholders);
      }
    }
    Set<String> categories =
        new TreeSet<>(PluralRules.forLocale(LocalTimes.locale(language)).getKeywords());
    for (Set<String> used : plurals(pattern)) {
      Set<String> missing = new TreeSet<>(categories);
      missing.removeAll(used);
      Set<String> foreign = new TreeSet<>(used);
      foreign.removeIf(category -> categories.contains(category) || category.startsWith("="));
      if (!missing.isEmpty() || !foreign.isEmpty()) {
        problems.add(
            language
                + " "
                + key
                + ": a plural lacks "
                + missing
                + (foreign.isEmpty() ? "" : " and has categories not of the language " + foreign));
      }
    }
    return problems;
  }

  private static MessagePattern parsed(String text) {
    return new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_REQUIRED).parse(text);
  }

  /** The names or numbers of the arguments, at every depth (inside plurals too). */
  private static Set<String> placeholders(MessagePattern pattern) {
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < pattern.countParts(); i++) {
      MessagePattern.Part part = pattern.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_NAME
          || part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
        names.add(pattern.getSubstring(part));
      }
    }
    return names;
  }

  /** The selectors of each plural argument, in order. */
  private static List<Set<String>> plurals(MessagePattern pattern) {
    List<Set<String>> plurals = new ArrayList<>();
    for (int i = 0; i < pattern.countParts(); i++) {
      MessagePattern.Part start = pattern.getPart(i);
      if (start.getType() != MessagePattern.Part.Type.ARG_START
          || start.getArgType() != MessagePattern.ArgType.PLURAL) {
        continue;
      }
      Set<String> selectors = new TreeSet<>();
      int limit = pattern.getLimitPartIndex(i);
      for (int j = i + 1; j < limit; j++) {
        MessagePattern.Part part = pattern.getPart(j);
        if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
          selectors.add(pattern.getSubstring(part));
        } else if (part.getType() == MessagePattern.Part.Type.MSG_START) {
          // a nested message's own selectors belong to its own plurals
          j = pattern.getLimitPartIndex(j);
        }
      }
      plurals.add(selectors);
    }
    return plurals;
  }

  static Map<String, String> texts(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        EveryLanguageIsCompleteTest.class.getResourceAsStream(
            "/" + Templates.BUNDLE + "_" + language + ".properties")) {
      assertThat(in).as("notifications_%s.properties", language).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Map<String, String> texts = new LinkedHashMap<>();
    properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
    return texts;
  }
}
