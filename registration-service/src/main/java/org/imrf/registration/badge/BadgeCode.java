package org.imrf.registration.badge;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * A badge's QR code, where it is printed. A QR code may be drawn with any of eight masks (patterns
 * XOR-ed over the data so that it forms no large blocks or finder-like spots); the encoder picks
 * one by the standard's penalty score, which does not rule out a spot that scanners take for a
 * finder pattern ({@link FinderLookalikes}). This keeps the encoder's choice unless it has such a
 * spot or its card does not read when proof-read as cameras see it ({@link Proofreading}), else
 * takes the first other mask without either fault; else the same at error correction level Q (a
 * larger version, whose data modules differ). At worst (no token met so far), the encoder's choice.
 *
 * @param modules 1 dark, 0 light, without quiet zone
 * @param module pixels a module: whole pixels keep every module square and the code sharp
 * @param left where the code begins on the card
 * @param top the same
 */
record BadgeCode(ByteMatrix modules, int module, int left, int top) {

  /** M restores 15% of the code: a worn or creased badge still reads. */
  private static final ErrorCorrectionLevel[] LEVELS = {
    ErrorCorrectionLevel.M, ErrorCorrectionLevel.Q
  };

  private static final int MASKS = 8;

  /**
   * The token's code, centred in the box on the card: the encoder's own mask unless it shows a
   * finder-pattern lookalike or the card, proof-read as cameras see it, does not read; then the
   * first other mask (at level M, then Q) that has neither fault.
   *
   * @param card the card with everything but the code drawn
   */
  static BadgeCode of(String token, Rectangle box, BufferedImage card) {
    QRCode standard = encode(token, ErrorCorrectionLevel.M, null);
    BadgeCode chosen = placed(standard, box);
    if (chosen.scansOn(card, token)) {
      return chosen;
    }
    for (ErrorCorrectionLevel level : LEVELS) {
      for (int mask = 0; mask < MASKS; mask++) {
        if (level == ErrorCorrectionLevel.M && mask == standard.getMaskPattern()) {
          continue;
        }
        BadgeCode code = placed(encode(token, level, mask), box);
        if (code.scansOn(card, token)) {
          return code;
        }
      }
    }
    return chosen;
  }

  /**
   * Free of finder-pattern lookalikes, and read on the card as cameras see it: the card's text and
   * colours change the thresholds a binarizer picks around the code, which may show a lookalike
   * that the code alone does not (1 badge in 1,000 did).
   */
  boolean scansOn(BufferedImage card, String token) {
    return !FinderLookalikes.in(modules, module, left, top)
        && Proofreading.reads(card, this, token);
  }

  void draw(Graphics2D g) {
    g.setColor(Color.BLACK);
    for (int y = 0; y < modules.getHeight(); y++) {
      for (int x = 0; x < modules.getWidth(); x++) {
        if (modules.get(x, y) == 1) {
          g.fillRect(left + x * module, top + y * module, module, module);
        }
      }
    }
  }

  private static BadgeCode placed(QRCode code, Rectangle box) {
    ByteMatrix modules = code.getMatrix();
    int module = Math.min(box.width, box.height) / modules.getWidth();
    int side = module * modules.getWidth();
    return new BadgeCode(
        modules, module, box.x + (box.width - side) / 2, box.y + (box.height - side) / 2);
  }

  private static QRCode encode(String token, ErrorCorrectionLevel level, Integer mask) {
    try {
      return mask == null
          ? Encoder.encode(token, level)
          : Encoder.encode(token, level, Map.of(EncodeHintType.QR_MASK_PATTERN, mask));
    } catch (WriterException e) {
      throw new IllegalStateException("Cannot encode the badge code", e);
    }
  }
}
