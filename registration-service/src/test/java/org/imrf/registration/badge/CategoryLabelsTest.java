package org.imrf.registration.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.UnLanguage;
import org.junit.jupiter.api.Test;

/** A badge's category is printed in the participant's language, in each of the six. */
class CategoryLabelsTest {

  /** The script each language's labels are written in (Latin ones checked against English). */
  private static final Map<UnLanguage, Character.UnicodeScript> SCRIPTS =
      Map.of(
          UnLanguage.ARABIC, Character.UnicodeScript.ARABIC,
          UnLanguage.CHINESE, Character.UnicodeScript.HAN,
          UnLanguage.RUSSIAN, Character.UnicodeScript.CYRILLIC);

  private final BadgeFonts fonts = new BadgeFonts();
  private final BadgePrinter printer = new BadgePrinter(fonts);
  private final BadgeTokens tokens =
      new BadgeTokens(Base64.getEncoder().encodeToString(new byte[32]));

  @Test
  void everyLanguagesFileLabelsEveryCategoryAndNothingElse() throws IOException {
    Set<String> codes =
        Arrays.stream(Category.values()).map(Category::code).collect(Collectors.toSet());
    for (UnLanguage language : UnLanguage.values()) {
      Properties labels = new Properties();
      String file = "labels_" + language.code() + ".properties";
      try (InputStream in = CategoryLabels.class.getResourceAsStream(file)) {
        assertThat(in).as(file).isNotNull();
        labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      assertThat(labels.stringPropertyNames()).as(file).isEqualTo(codes);
    }
  }

  @Test
  void eachLabelIsWrittenInItsLanguageAndPrintsWithRealGlyphs() {
    for (Category category : Category.values()) {
      String english = CategoryLabels.label(category, UnLanguage.ENGLISH);
      for (UnLanguage language : UnLanguage.values()) {
        String label = CategoryLabels.label(category, language);

        assertThat(label).as(category + " in " + language).isNotBlank();
        assertThat(fonts.canDisplay(label)).as(label).isTrue();
        if (SCRIPTS.containsKey(language)) {
          assertThat(label.codePoints().filter(Character::isLetter))
              .as(label)
              .allMatch(c -> Character.UnicodeScript.of(c) == SCRIPTS.get(language));
        } else if (language != UnLanguage.ENGLISH) {
          assertThat(label).as(category + " in " + language).isNotEqualTo(english);
        }
      }
    }
  }

  @Test
  void aBadgePrintsTheCategoryInTheParticipantsLanguage() {
    for (UnLanguage language : UnLanguage.values()) {
      for (Category category : Category.values()) {
        // given a participant whose preferred language it is
        BadgeFace face =
            new BadgeFace(
                "International Migration Review Forum 2026",
                "Amal Nasser",
                "Permanent Mission of Jordan",
                category,
                language,
                tokens.tokenFor(tokens.newBadgeId()));

        // when their badge is printed
        BufferedImage badge = printer.draw(face);

        // then its band shows the category in that language, not in English
        String label = CategoryLabels.label(category, language);
        assertThat(face.categoryLabel()).isEqualTo(label);
        assertThat(sameBand(badge, bandShowing(category, label)))
            .as(category + " in " + language)
            .isTrue();
        if (!label.equals(CategoryLabels.label(category, UnLanguage.ENGLISH))) {
          assertThat(
                  sameBand(
                      badge,
                      bandShowing(category, CategoryLabels.label(category, UnLanguage.ENGLISH))))
              .as(category + " in " + language + " printed in English")
              .isFalse();
        }
      }
    }
  }

  @Test
  void anArabicLabelIsLaidOutRightToLeft() {
    String label = CategoryLabels.label(Category.CIVIL_SOCIETY_ECOSOC, UnLanguage.ARABIC);
    BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();

    var layout =
        new TextLayout(fonts.styled(label, Font.BOLD, 80).getIterator(), g.getFontRenderContext());

    assertThat(layout.isLeftToRight()).isFalse();
    g.dispose();
  }

  /** A blank card with only the band, drawn as the printer draws it, showing the text. */
  private BufferedImage bandShowing(Category category, String text) {
    BufferedImage card =
        new BufferedImage(BadgePrinter.WIDTH, BadgePrinter.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = BadgePrinter.canvas(card);
    printer.band(g, category, text);
    g.dispose();
    return card;
  }

  private static boolean sameBand(BufferedImage one, BufferedImage other) {
    int top = BadgePrinter.bandTop();
    int height = BadgePrinter.HEIGHT - top;
    return Arrays.equals(
        one.getRGB(0, top, BadgePrinter.WIDTH, height, null, 0, BadgePrinter.WIDTH),
        other.getRGB(0, top, BadgePrinter.WIDTH, height, null, 0, BadgePrinter.WIDTH));
  }
}
