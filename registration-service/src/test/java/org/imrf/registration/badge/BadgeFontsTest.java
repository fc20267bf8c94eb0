package org.imrf.registration.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.UnLanguage;
import org.junit.jupiter.api.Test;

/** Names in every UN script print with real glyphs, never boxes (CI installs the fonts). */
class BadgeFontsTest {

  private final BadgeFonts fonts = new BadgeFonts();

  @Test
  void aFontIsChosenThatDisplaysNamesInArabicChineseAndCyrillic() {
    for (String name : new String[] {"ليلى حداد", "王秀英", "Анна Петрова", "Zoë Ñúñez"}) {
      Font font = fonts.fontFor(name, Font.BOLD);

      assertThat(font)
          .as(name + ": no installed font displays it (Debian: fonts-dejavu-core fonts-noto-cjk)")
          .isNotNull();
      assertThat(font.canDisplayUpTo(name)).as(name + " in " + font.getFontName()).isEqualTo(-1);
      assertThat(fonts.canDisplay(name)).isTrue();
    }
  }

  @Test
  void aNameMixingScriptsIsPrintedInRunsOfFontsThatDisplayThem() {
    String name = "王秀英 ليلى";

    var styled = fonts.styled(name, Font.PLAIN, 40).getIterator();

    for (char c = styled.first(); c != AttributedCharacterIterator.DONE; c = styled.next()) {
      Font font = (Font) styled.getAttribute(TextAttribute.FONT);
      assertThat(font.canDisplay(c)).as(c + " in " + font.getFontName()).isTrue();
    }
  }

  @Test
  void anArabicNameIsLaidOutRightToLeft() {
    BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    FontRenderContext context = g.getFontRenderContext();

    var layout =
        new java.awt.font.TextLayout(
            fonts.styled("ليلى حداد", Font.BOLD, 40).getIterator(), context);

    assertThat(layout.isLeftToRight()).isFalse();
    g.dispose();
  }

  @Test
  void aBadgeIsDrawnForEveryCategoryAndScript() {
    BadgePrinter printer = new BadgePrinter(fonts);
    BadgeTokens tokens =
        new BadgeTokens(java.util.Base64.getEncoder().encodeToString(new byte[32]));
    for (Category category : Category.values()) {
      BufferedImage image =
          printer.draw(
              new BadgeFace(
                  "International Migration Review Forum 2026",
                  "王秀英",
                  "شبكة أصوات المهاجرين",
                  category,
                  UnLanguage.ARABIC,
                  tokens.tokenFor(tokens.newBadgeId())));
      assertThat(image.getWidth()).isEqualTo(BadgePrinter.WIDTH);
      assertThat(BadgeApi.qrCode(image)).startsWith("IMRF1.");
    }
  }
}
