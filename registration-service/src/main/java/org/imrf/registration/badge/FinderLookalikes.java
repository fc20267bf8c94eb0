package org.imrf.registration.badge;

import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.detector.FinderPattern;
import com.google.zxing.qrcode.detector.FinderPatternFinder;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Whether a QR code's modules hold, besides its three finder patterns, a spot that a detector takes
 * for one: dark, light, dark, light, dark in the proportions 1:1:3:1:1 across, down and diagonally.
 * Random data forms one in about one code in three. zxing's detector (and the many scanners built
 * on it) stops looking once it has three such patterns of one size, and skips rows once it has two,
 * so a lookalike seen before the last real pattern makes the whole code unreadable: about one badge
 * in a hundred was.
 *
 * <p>The code is looked at as cameras see it: with exact proportions (two pixels a module); drawn
 * at module sizes from 4 to 10 pixels, each edge rounded to a pixel at two offsets from the grid,
 * since rounding turns near misses into lookalikes at some sizes; and as printed on the badge, seen
 * from two, three and four times farther (150, 100 and 75 dpi), where blurred edges do the same.
 * The test is zxing's own (its cross-checks across, down and diagonally), run over the whole code
 * without stopping at the first three patterns.
 */
final class FinderLookalikes extends FinderPatternFinder {

  private static final double[] MODULE_SIZES = {
    2, 4, 4 + 1 / 3.0, 4 + 2 / 3.0, 5, 5 + 1 / 3.0, 5 + 2 / 3.0, 6, 6.5, 7, 7.5, 8, 9, 10
  };
  private static final double[] OFFSETS = {0, 0.5};
  private static final int[] FARTHER = {2, 3, 4};
  private static final int QUIET_ZONE = 4;

  private final int modules;
  private final double moduleSize;
  private final double left;
  private final double top;

  private FinderLookalikes(
      BitMatrix image, int modules, double moduleSize, double left, double top) {
    super(image);
    this.modules = modules;
    this.moduleSize = moduleSize;
    this.left = left;
    this.top = top;
  }

  /**
   * Whether a detector would find a finder pattern where the code has none.
   *
   * @param code the modules
   * @param module pixels a module, as printed
   * @param left where the code begins on the printed card, in pixels from its left edge
   * @param top the same from its top edge
   */
  static boolean in(ByteMatrix code, int module, int left, int top) {
    for (double size : MODULE_SIZES) {
      for (double offset : OFFSETS) {
        if (drawn(code, size, offset).found()) {
          return true;
        }
      }
    }
    for (int divisor : FARTHER) {
      // wherever the camera's pixel grid falls on the printed one
      for (int shift = 0; shift < divisor; shift++) {
        if (seenFrom(code, module, left + shift, top + shift, divisor).found()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The code with its quiet zone, each module edge rounded to the nearest pixel. */
  private static FinderLookalikes drawn(ByteMatrix code, double size, double offset) {
    int n = code.getWidth();
    double origin = QUIET_ZONE * size + offset;
    int side = (int) Math.ceil((n + 2 * QUIET_ZONE) * size + 1);
    int[] edges = new int[n + 1];
    for (int k = 0; k <= n; k++) {
      edges[k] = (int) Math.round(origin + k * size);
    }
    BitMatrix image = new BitMatrix(side, side);
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        if (code.get(x, y) == 1) {
          image.setRegion(edges[x], edges[y], edges[x + 1] - edges[x], edges[y + 1] - edges[y]);
        }
      }
    }
    return new FinderLookalikes(image, n, size, origin, origin);
  }

  /**
   * The code as printed, with its quiet zone, as a camera so many times farther sees it: scaled
   * down smoothly from where it lies on the card's pixel grid, then made black and white as zxing
   * does.
   */
  private static FinderLookalikes seenFrom(
      ByteMatrix code, int module, int left, int top, int divisor) {
    int n = code.getWidth();
    // a margin that holds the quiet zone and keeps the code where it lies on the smaller grid
    int margin = divisor * (int) Math.ceil((QUIET_ZONE + 1.0) * module / divisor);
    int originX = margin + Math.floorMod(left, divisor);
    int originY = margin + Math.floorMod(top, divisor);
    int side = Math.max(originX, originY) + n * module + margin;
    BufferedImage printed = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = printed.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, side, side);
    g.setColor(Color.BLACK);
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        if (code.get(x, y) == 1) {
          g.fillRect(originX + x * module, originY + y * module, module, module);
        }
      }
    }
    g.dispose();
    int smaller = side / divisor;
    BufferedImage seen = new BufferedImage(smaller, smaller, BufferedImage.TYPE_INT_RGB);
    g = seen.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(printed, 0, 0, smaller, smaller, null);
    g.dispose();
    int[] pixels = seen.getRGB(0, 0, smaller, smaller, null, 0, smaller);
    try {
      BitMatrix image =
          new HybridBinarizer(new RGBLuminanceSource(smaller, smaller, pixels)).getBlackMatrix();
      return new FinderLookalikes(
          image,
          n,
          (double) module / divisor,
          (double) originX / divisor,
          (double) originY / divisor);
    } catch (NotFoundException e) {
      throw new IllegalStateException("A QR code cannot be all one colour", e);
    }
  }

  /**
   * Scans every other row (a finder pattern's centre is three modules high) for dark-light-dark-
   * light-dark runs and hands each to zxing's cross-checks, as its detector does.
   */
  private boolean found() {
    BitMatrix image = getImage();
    int[] runs = new int[5];
    for (int row = 0; row < image.getHeight(); row += 2) {
      Arrays.fill(runs, 0);
      int state = 0;
      for (int column = 0; column < image.getWidth(); column++) {
        if (image.get(column, row)) {
          if ((state & 1) == 1) {
            state++;
          }
          runs[state]++;
        } else if ((state & 1) == 1) {
          runs[state]++;
        } else if (state < 4) {
          runs[++state]++;
        } else if (foundPatternCross(runs) && handlePossibleCenter(runs, row, column)) {
          if (aLookalikeAmongCandidates()) {
            return true;
          }
          state = 0;
          Arrays.fill(runs, 0);
        } else {
          // keep the last dark-light-dark: it may begin a pattern
          runs[0] = runs[2];
          runs[1] = runs[3];
          runs[2] = runs[4];
          runs[3] = 1;
          runs[4] = 0;
          state = 3;
        }
      }
    }
    return false;
  }

  private boolean aLookalikeAmongCandidates() {
    for (FinderPattern candidate : getPossibleCenters()) {
      double x = (candidate.getX() - left) / moduleSize;
      double y = (candidate.getY() - top) / moduleSize;
      if (!near(x, y, 3.5, 3.5)
          && !near(x, y, modules - 3.5, 3.5)
          && !near(x, y, 3.5, modules - 3.5)) {
        return true;
      }
    }
    return false;
  }

  private static boolean near(double x, double y, double centreX, double centreY) {
    return Math.abs(x - centreX) < 2 && Math.abs(y - centreY) < 2;
  }
}
