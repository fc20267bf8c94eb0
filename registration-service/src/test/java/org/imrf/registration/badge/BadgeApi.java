package org.imrf.registration.badge;

import static org.imrf.testing.TopicProbe.header;
import static org.imrf.testing.TopicProbe.keyed;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imrf.backbone.security.Role;
import org.imrf.registration.ParticipantsApi;
import org.imrf.registration.Registrants;
import org.imrf.registration.Topics;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicProbe;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Badges and check-in as tests use them: each call expects success unless it says otherwise. */
public final class BadgeApi {

  private final ParticipantsApi api;
  private final RestTestClient http;

  public BadgeApi(RestTestClient http) {
    this.http = http;
    this.api = new ParticipantsApi(http);
  }

  public ParticipantsApi participants() {
    return api;
  }

  /** A Member State delegate attending in person: registered at once, so entitled to a badge. */
  public JsonNode inPersonDelegate(String edition, String name) {
    return api.register(
        Registrants.with(
            Registrants.delegate(edition, name, Registrants.unique("delegate"), "en"),
            "attendance",
            "in-person"));
  }

  /** The participant's badge, as they see it. */
  public JsonNode badge(JsonNode participant) {
    return api.get(
        "/participants/" + ParticipantsApi.id(participant) + "/badge",
        ParticipantsApi.attendee(participant));
  }

  public RestTestClient.ResponseSpec get(String uri, String token) {
    return http.get().uri(uri).header("Authorization", "Bearer " + token).exchange();
  }

  public byte[] file(JsonNode participant, String name) {
    return get(
            "/participants/" + ParticipantsApi.id(participant) + "/" + name,
            ParticipantsApi.attendee(participant))
        .expectStatus()
        .isOk()
        .returnResult(byte[].class)
        .getResponseBody();
  }

  /** A scan at the desk. */
  public RestTestClient.ResponseSpec scan(String token) {
    return api.post("/check-ins", deskStaff(), Map.of("token", token));
  }

  public static String deskStaff() {
    return TestTokens.staff("desk-1@un.example", Role.CHECK_IN);
  }

  public static BufferedImage image(byte[] png) {
    try {
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the image's QR code says, read as a scanner would: the whole badge, at the file's 300 dpi
   * and at a camera's lower resolutions; then framed on the code and its quiet zone, which a
   * scanner held up to it reads module by module. (zxing's detector misses the code in about one
   * whole badge in a hundred, at every scale, though the code reads once framed.)
   */
  public static String qrCode(BufferedImage image) {
    AssertionError missed = null;
    for (int divisor = 1; divisor <= 3; divisor++) {
      try {
        return qrCodeAt(divisor == 1 ? image : scaled(image, divisor), false);
      } catch (AssertionError e) {
        missed = e;
      }
    }
    java.awt.Rectangle code = BadgePrinter.codeArea();
    int quiet = 56;
    if (image.getWidth() < code.x + code.width + quiet) {
      throw missed;
    }
    return qrCodeAt(
        image.getSubimage(
            code.x - quiet, code.y - quiet, code.width + 2 * quiet, code.height + 2 * quiet),
        true);
  }

  private static BufferedImage scaled(BufferedImage image, int divisor) {
    BufferedImage smaller =
        new BufferedImage(
            image.getWidth() / divisor, image.getHeight() / divisor, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = smaller.createGraphics();
    g.setRenderingHint(
        java.awt.RenderingHints.KEY_INTERPOLATION,
        java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, smaller.getWidth(), smaller.getHeight(), null);
    g.dispose();
    return smaller;
  }

  private static String qrCodeAt(BufferedImage image, boolean framed) {
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    BinaryBitmap bitmap =
        new BinaryBitmap(
            new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    try {
      return new QRCodeReader()
          .decode(
              bitmap,
              framed
                  ? Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)
                  : Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
          .getText();
    } catch (NotFoundException | ChecksumException | FormatException e) {
      throw new AssertionError("The badge holds no readable QR code", e);
    }
  }

  /** The participant's badge and check-in events of a kind, once there are so many. */
  public static List<ConsumerRecord<String, byte[]>> events(
      String participant, String kind, int count) {
    try (TopicProbe topic = TopicProbe.of(Topics.CHECK_INS)) {
      return topic.await(
          keyed(participant).and(r -> header(r, "ce_type").contains(kind)),
          count,
          Duration.ofSeconds(20));
    }
  }

  /** The participant's events of a kind seen within a short while: to show that no more came. */
  public static List<ConsumerRecord<String, byte[]>> eventsSoFar(String participant, String kind) {
    try (TopicProbe topic = TopicProbe.of(Topics.CHECK_INS)) {
      return topic.readFor(
          keyed(participant).and(r -> header(r, "ce_type").contains(kind)), Duration.ofSeconds(2));
    }
  }
}
