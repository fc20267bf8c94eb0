package org.imrf.registration.badge;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a QR code as a phone or desk scanner does: zxing's ordinary reader on the whole picture of
 * the badge, looking for QR codes only, never told where the code is (no crop, no "pure barcode"
 * shortcut that assumes a picture of nothing but the code).
 *
 * <p>The code must read both ways scanner apps built on zxing look: with zxing's defaults, which
 * sample rows some pixels apart (how zxing's own Android client reads each frame of live video),
 * and with {@code TRY_HARDER}, which looks at every third row (how apps read a still photo or a
 * frame worth more effort). No other hint: no {@code PURE_BARCODE}, no character set.
 */
final class Scanner {

  /**
   * The resolutions the badge is looked at: the file itself (a desk scanner reading the PNG or a
   * print), and cameras at 150, 120 and 100 dpi (a phone held at arm's length, the code some 200
   * pixels wide). The printer proof-reads at 150, 100 and 75 dpi; 120 dpi, where a module falls on
   * no whole number of pixels, it never looks at.
   */
  static final List<Integer> RESOLUTIONS = List.of(300, 150, 120, 100);

  private static final List<Map<DecodeHintType, Object>> WAYS =
      List.of(
          Map.of(
              DecodeHintType.POSSIBLE_FORMATS,
              List.of(BarcodeFormat.QR_CODE),
              DecodeHintType.TRY_HARDER,
              Boolean.TRUE),
          Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));

  private Scanner() {}

  /**
   * What the picture's QR code says, when both ways of looking read it.
   *
   * @return empty if either way misses it
   */
  static Optional<String> read(BufferedImage picture) {
    int[] pixels =
        picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
    String read = null;
    for (Map<DecodeHintType, Object> way : WAYS) {
      BinaryBitmap bitmap =
          new BinaryBitmap(
              new HybridBinarizer(
                  new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels)));
      try {
        String text = new MultiFormatReader().decode(bitmap, way).getText();
        if (read != null && !read.equals(text)) {
          return Optional.empty();
        }
        read = text;
      } catch (ReaderException e) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(read);
  }

  /**
   * What the badge's code says, read on the whole badge at each resolution.
   *
   * @throws AssertionError naming the resolution at which it was missed
   */
  static String scan(BufferedImage badge) {
    String read = null;
    for (int dpi : RESOLUTIONS) {
      BufferedImage seen = dpi == 300 ? badge : atDpi(badge, dpi);
      String text =
          read(seen)
              .orElseThrow(
                  () ->
                      new AssertionError(
                          "No QR code read on the whole badge at "
                              + dpi
                              + " dpi ("
                              + seen.getWidth()
                              + " pixels wide)"));
      if (read != null && !read.equals(text)) {
        throw new AssertionError("The badge read " + read + ", then " + text);
      }
      read = text;
    }
    return read;
  }

  /** The picture of a 300 dpi badge a camera farther away takes, at so many dots per inch. */
  static BufferedImage atDpi(BufferedImage picture, int dpi) {
    BufferedImage smaller =
        new BufferedImage(
            picture.getWidth() * dpi / 300,
            picture.getHeight() * dpi / 300,
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = smaller.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(picture, 0, 0, smaller.getWidth(), smaller.getHeight(), null);
    g.dispose();
    return smaller;
  }
}
