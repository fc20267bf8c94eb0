package org.imrf.registration.badge;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
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
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
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
      int qrTop = codeArea().y;
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

      qr(g, face.token(), (WIDTH - QR_SIDE) / 2, qrTop);

      g.setColor(CategoryLabels.band(face.category()));
      g.fillRect(0, HEIGHT - BAND, WIDTH, BAND);
      g.setColor(Color.WHITE);
      List<TextLayout> category =
          fit(CategoryLabels.label(face.category()), Font.BOLD, new Fit(80, 40, 2), BAND, context);
      draw(g, category, HEIGHT - BAND + (BAND - heightOf(category)) / 2);
    } finally {
      g.dispose();
    }
    return image;
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

  /** Where the QR code is drawn on the badge (without its quiet zone). */
  static java.awt.Rectangle codeArea() {
    return new java.awt.Rectangle(
        (WIDTH - QR_SIDE) / 2, HEIGHT - BAND - 60 - QR_SIDE, QR_SIDE, QR_SIDE);
  }

  private static void qr(Graphics2D g, String token, int left, int top) {
    BitMatrix modules;
    try {
      modules =
          new QRCodeWriter()
              .encode(
                  token,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      0));
    } catch (WriterException e) {
      throw new IllegalStateException("Cannot encode the badge code", e);
    }
    // whole pixels per module keep every module square and the code sharp
    int module = QR_SIDE / modules.getWidth();
    int offset = (QR_SIDE - module * modules.getWidth()) / 2;
    g.setColor(Color.BLACK);
    for (int y = 0; y < modules.getHeight(); y++) {
      for (int x = 0; x < modules.getWidth(); x++) {
        if (modules.get(x, y)) {
          g.fillRect(left + offset + x * module, top + offset + y * module, module, module);
        }
      }
    }
  }
}
