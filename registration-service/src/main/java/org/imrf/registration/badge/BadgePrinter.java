package org.imrf.registration.badge;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.imrf.registration.participant.Category;
import org.springframework.stereotype.Component;

/**
 * Prints badges: an A6 portrait card at 300 dpi with the edition, the name, the organisation, the
 * QR code and the category on a coloured band; as PNG, or as a one-page PDF of that size to print.
 */
@Component
public class BadgePrinter {

  /** A6 (105 × 148 mm) at 300 dpi. */
  public static final int WIDTH = 1240;

  public static final int HEIGHT = 1748;

  private static final int MARGIN = 80;
  private static final int HEADER = 230;
  private static final int BAND = 230;
  private static final int QR_SIDE = 620;
  private static final int GAP = 24;

  /** Above the band, with 60 pixels of white between (at least four modules with the margin). */
  private static final int QR_TOP = HEIGHT - BAND - 60 - QR_SIDE;

  private static final Color HEADER_COLOUR = new Color(0x1F2A44);
  private static final Color INK = new Color(0x111111);
  private static final Color MUTED = new Color(0x444444);

  private final BadgeFonts fonts;

  BadgePrinter(BadgeFonts fonts) {
    this.fonts = fonts;
  }

  public byte[] png(BadgeFace face) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(draw(face), "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode the badge as PNG", e);
    }
    return out.toByteArray();
  }

  public byte[] pdf(BadgeFace face) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A6);
      document.addPage(page);
      PDImageXObject image = LosslessFactory.createFromImage(document, draw(face));
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(image, 0, 0, PDRectangle.A6.getWidth(), PDRectangle.A6.getHeight());
      }
      document.getDocumentInformation().setTitle(face.editionTitle() + " badge");
      document.getDocumentInformation().setCreator("IMRF registration-service");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the badge as PDF", e);
    }
  }

  BufferedImage draw(BadgeFace face) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(image);
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);

      FontRenderContext context = g.getFontRenderContext();
      g.setColor(HEADER_COLOUR);
      g.fillRect(0, 0, WIDTH, HEADER);
      g.setColor(Color.WHITE);
      List<TextLayout> title =
          fit(face.editionTitle(), Font.BOLD, new Fit(60, 36, 2), HEADER, context);
      draw(g, title, (HEADER - heightOf(title)) / 2);

      // name and organisation, centred between the header and the QR code's quiet zone (four
      // modules of white at least)
      int qrTop = QR_TOP;
      int space = qrTop - 64 - HEADER - 40;
      List<TextLayout> name = fit(face.name(), Font.BOLD, new Fit(110, 48, 3), 300, context);
      List<TextLayout> organisation =
          fit(
              face.organisation(),
              Font.PLAIN,
              new Fit(60, 36, 2),
              space - heightOf(name) - GAP,
              context);
      float top = HEADER + 40 + (space - heightOf(name) - GAP - heightOf(organisation)) / 2;
      g.setColor(INK);
      draw(g, name, top);
      g.setColor(MUTED);
      draw(g, organisation, top + heightOf(name) + GAP);

      band(g, face.category(), face.categoryLabel());

      // chosen on the card as drawn so far: what surrounds the code changes how cameras see it
      code(face.token(), image).draw(g);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The badge's QR code, where it is printed on {@code card} (everything else drawn). */
  static BadgeCode code(String token, BufferedImage card) {
    return BadgeCode.of(
        token, new Rectangle((WIDTH - QR_SIDE) / 2, QR_TOP, QR_SIDE, QR_SIDE), card);
  }

  /** Draws on the image as badges are drawn: smooth text, sharp rectangles. */
  static Graphics2D canvas(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    return g;
  }

  /** The category's coloured band at the foot of the card, with its label. */
  void band(Graphics2D g, Category category, String label) {
    g.setColor(CategoryLabels.band(category));
    g.fillRect(0, HEIGHT - BAND, WIDTH, BAND);
    g.setColor(Color.WHITE);
    List<TextLayout> lines =
        fit(label, Font.BOLD, new Fit(80, 40, 2), BAND, g.getFontRenderContext());
    draw(g, lines, HEIGHT - BAND + (BAND - heightOf(lines)) / 2);
  }

  /** Where the band begins, from the top of the card. */
  static int bandTop() {
    return HEIGHT - BAND;
  }

  /** How text may be fitted: from the largest size down to the smallest, in so many lines. */
  private record Fit(float largest, float smallest, int maxLines) {}

  /**
   * Lays text out in lines as large as fits in the lines and height allowed; at the smallest size,
   * what does not fit is left out.
   */
  private List<TextLayout> fit(
      String text, int style, Fit fit, float height, FontRenderContext context) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<TextLayout> lines;
    for (float size = fit.largest(); ; size = Math.max(fit.smallest(), size * 0.9f)) {
      lines = lines(text, style, size, context);
      if (size == fit.smallest() || (lines.size() <= fit.maxLines() && heightOf(lines) <= height)) {
        break;
      }
    }
    List<TextLayout> shown = new ArrayList<>();
    for (TextLayout line : lines) {
      shown.add(line);
      if (shown.size() > fit.maxLines() || heightOf(shown) > height) {
        shown.remove(shown.size() - 1);
        break;
      }
    }
    return shown;
  }

  /** Draws lines centred across the card, from {@code top} down. */
  private static void draw(Graphics2D g, List<TextLayout> lines, float top) {
    float y = top;
    for (TextLayout line : lines) {
      y += line.getAscent();
      line.draw(g, (WIDTH - line.getAdvance()) / 2, y);
      y += line.getDescent() + line.getLeading();
    }
  }

  private static float heightOf(List<TextLayout> lines) {
    float height = 0;
    for (TextLayout line : lines) {
      height += line.getAscent() + line.getDescent() + line.getLeading();
    }
    return height;
  }

  private List<TextLayout> lines(String text, int style, float size, FontRenderContext context) {
    var styled = fonts.styled(text.strip(), style, size);
    LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), context);
    List<TextLayout> lines = new ArrayList<>();
    int end = text.strip().length();
    while (measurer.getPosition() < end) {
      lines.add(measurer.nextLayout(WIDTH - 2 * MARGIN));
    }
    return lines;
  }
}
