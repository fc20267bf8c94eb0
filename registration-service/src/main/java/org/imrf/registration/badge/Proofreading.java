package org.imrf.registration.badge;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/**
 * Reads a badge's code on the whole card before it is printed, as a phone camera sees it from arm's
 * length (150, 100 and 75 dpi: a few pixels a module), the way scanner apps built on zxing read a
 * live frame and a still photo. A printer that proof-reads its output, as label printers with a
 * verifier do.
 */
final class Proofreading {

  private static final int[] FARTHER = {2, 3, 4};

  private static final List<Map<DecodeHintType, Object>> WAYS =
      List.of(
          Map.of(
              DecodeHintType.POSSIBLE_FORMATS,
              List.of(BarcodeFormat.QR_CODE),
              DecodeHintType.TRY_HARDER,
              Boolean.TRUE),
          Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));

  private Proofreading() {}

  /** Whether the card, with the code drawn on it, reads as the token from every distance. */
  static boolean reads(BufferedImage card, BadgeCode code, String token) {
    BufferedImage printed =
        new BufferedImage(card.getWidth(), card.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = printed.createGraphics();
    g.drawImage(card, 0, 0, null);
    code.draw(g);
    g.dispose();
    for (int divisor : FARTHER) {
      BufferedImage seen = fromFarther(printed, divisor);
      int[] pixels = seen.getRGB(0, 0, seen.getWidth(), seen.getHeight(), null, 0, seen.getWidth());
      for (Map<DecodeHintType, Object> way : WAYS) {
        BinaryBitmap bitmap =
            new BinaryBitmap(
                new HybridBinarizer(
                    new RGBLuminanceSource(seen.getWidth(), seen.getHeight(), pixels)));
        try {
          if (!new QRCodeReader().decode(bitmap, way).getText().equals(token)) {
            return false;
          }
        } catch (ReaderException missed) {
          return false;
        }
      }
    }
    return true;
  }

  /** The picture a camera takes from farther away: so many times fewer pixels each way. */
  private static BufferedImage fromFarther(BufferedImage picture, int divisor) {
    BufferedImage smaller =
        new BufferedImage(
            picture.getWidth() / divisor,
            picture.getHeight() / divisor,
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = smaller.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(picture, 0, 0, smaller.getWidth(), smaller.getHeight(), null);
    g.dispose();
    return smaller;
  }
}
