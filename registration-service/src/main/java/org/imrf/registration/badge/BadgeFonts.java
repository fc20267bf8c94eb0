package org.imrf.registration.badge;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The fonts badges are printed in, so that a name in any script shows: the first installed font of
 * the preferred families that displays the whole text, else any installed font that does, else each
 * character in the first font that displays it. DejaVu Sans covers Latin, Cyrillic and Arabic; Noto
 * Sans CJK covers Chinese (Debian's fonts-dejavu-core and fonts-noto-cjk, which CI installs).
 */
@Component
class BadgeFonts {

  private static final Logger log = LoggerFactory.getLogger(BadgeFonts.class);

  static final List<String> PREFERRED =
      List.of(
          "DejaVu Sans",
          "Noto Sans",
          "Noto Sans CJK SC",
          "Noto Sans CJK TC",
          "Noto Sans CJK JP",
          "Noto Sans CJK KR",
          "Noto Sans Arabic",
          "Noto Naskh Arabic");

  /** A name in each script of the UN languages other than Latin: what must always print. */
  static final List<String> SAMPLES = List.of("ليلى حداد", "王秀英", "Анна Петрова");

  private static final Set<String> LOGICAL =
      Set.of("dialog", "dialoginput", "monospaced", "serif", "sansserif");

  private final List<Font> fonts;

  BadgeFonts() {
    this.fonts = installed();
    List<String> missing = SAMPLES.stream().filter(sample -> !canDisplay(sample)).toList();
    if (missing.isEmpty()) {
      log.info(
          "Badges print in {}", fonts.stream().limit(3).map(Font::getFamily).distinct().toList());
    } else {
      log.warn(
          "No installed font displays {}: badges will show boxes for such names. Install fonts"
              + " covering Arabic, Chinese and Cyrillic (Debian: fonts-dejavu-core fonts-noto-cjk)",
          missing);
    }
  }

  /** Whether every character of the text can be printed, in one font or another. */
  public boolean canDisplay(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || fontFor(c) != null);
  }

  /**
   * The one font that prints the whole text, if any does.
   *
   * @return a font of size 1 and the given style, or null
   */
  public Font fontFor(String text, int style) {
    for (Font font : fonts) {
      if (font.canDisplayUpTo(text) == -1) {
        return font.deriveFont(style, 1f);
      }
    }
    return null;
  }

  /**
   * The text with its fonts and its direction (right to left when its first strong character is, as
   * in Arabic), ready for line breaking and shaping.
   */
  AttributedString styled(String text, int style, float size) {
    AttributedString styled = new AttributedString(text);
    boolean leftToRight = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    styled.addAttribute(
        TextAttribute.RUN_DIRECTION,
        leftToRight ? TextAttribute.RUN_DIRECTION_LTR : TextAttribute.RUN_DIRECTION_RTL);
    Font whole = fontFor(text, style);
    if (whole != null) {
      styled.addAttribute(TextAttribute.FONT, whole.deriveFont(size));
      return styled;
    }
    Font fallback = fonts.isEmpty() ? new Font(Font.SANS_SERIF, style, 1) : fonts.get(0);
    int start = 0;
    while (start < text.length()) {
      Font font = fontFor(text.codePointAt(start));
      Font run = font == null ? fallback : font;
      int end = start + Character.charCount(text.codePointAt(start));
      // extend the run over what the same font prints, spaces and marks included
      while (end < text.length()) {
        int next = text.codePointAt(end);
        Font nextFont = fontFor(next);
        if (nextFont != null && nextFont != run && !Character.isWhitespace(next)) {
          break;
        }
        end += Character.charCount(next);
      }
      styled.addAttribute(TextAttribute.FONT, run.deriveFont(style, size), start, end);
      start = end;
    }
    return styled;
  }

  private Font fontFor(int codePoint) {
    for (Font font : fonts) {
      if (font.canDisplay(codePoint)) {
        return font;
      }
    }
    return null;
  }

  /** The preferred families installed, then every other installed family, the logical last. */
  private static List<Font> installed() {
    String[] families =
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
    Set<String> available = new LinkedHashSet<>(Arrays.asList(families));
    List<String> ordered = new ArrayList<>();
    PREFERRED.stream().filter(available::contains).forEach(ordered::add);
    available.stream()
        .filter(family -> !ordered.contains(family))
        .filter(family -> !LOGICAL.contains(family.toLowerCase(Locale.ROOT)))
        .forEach(ordered::add);
    ordered.add(Font.SANS_SERIF);
    return ordered.stream().map(family -> new Font(family, Font.PLAIN, 1)).toList();
  }
}
