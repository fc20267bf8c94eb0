package org.imrf.registration.badge;

import static org.imrf.testing.TopicProbe.header;
import static org.imrf.testing.TopicProbe.keyed;

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
    return inPersonDelegate(edition, name, "en");
  }

  /** The same, hearing from the forum in the language (a UN language's code). */
  public JsonNode inPersonDelegate(String edition, String name, String language) {
    return api.register(
        Registrants.with(
            Registrants.delegate(edition, name, Registrants.unique("delegate"), language),
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

  /** What the badge's QR code says, read on the whole badge as scanners do ({@link Scanner}). */
  public static String qrCode(BufferedImage image) {
    return Scanner.scan(image);
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

  /** The participant's events of a kind published so far: to show that none (or no more) came. */
  public static List<ConsumerRecord<String, byte[]>> eventsSoFar(String participant, String kind) {
    try (TopicProbe topic = TopicProbe.of(Topics.CHECK_INS)) {
      return topic.publishedBy(
          "registration", keyed(participant).and(r -> header(r, "ce_type").contains(kind)));
    }
  }
}
