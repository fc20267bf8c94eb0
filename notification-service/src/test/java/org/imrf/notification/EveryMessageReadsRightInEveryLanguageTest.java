package org.imrf.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.awaitility.core.ConditionTimeoutException;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Every kind of message, rendered in each of the six languages through the events that cause it,
 * reads right: no slip of punctuation, placeholder, direction or language (see {@link Slips}).
 */
@ServiceTest
class EveryMessageReadsRightInEveryLanguageTest {

  static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

  /**
   * A name in another script than the language's where it matters: Latin in Arabic, Arabic in
   * English.
   */
  static final Map<String, String> NAMES =
      Map.of(
          "ar", "John Smith",
          "zh", "王芳",
          "en", "ليلى حداد",
          "fr", "Amélie Dubois",
          "ru", "Ольга Петрова",
          "es", "María José Pérez");

  static final Map<String, String> SESSION =
      Map.of(
          "ar", "الجلسة المواضيعية 2: الهجرة الآمنة والمنظمة والنظامية",
          "zh", "专题会议2：安全、有序和正常的移民",
          "en", "Thematic session 2: safe, orderly and regular migration",
          "fr", "Séance thématique 2\u00a0: migrations sûres, ordonnées et régulières",
          "ru", "Тематическое заседание 2: безопасная, упорядоченная и легальная миграция",
          "es", "Sesión temática 2: migración segura, ordenada y regular");
  static final Map<String, String> ADOPTION =
      Map.of(
          "ar", "الجلسة العامة: اعتماد إعلان التقدم المحرز",
          "zh", "全体会议：通过《进展宣言》",
          "en", "Plenary: adoption of the Progress Declaration",
          "fr", "Séance plénière\u00a0: adoption de la Déclaration sur les progrès",
          "ru", "Пленарное заседание: принятие Декларации о прогрессе",
          "es", "Sesión plenaria: aprobación de la Declaración sobre los Progresos");
  static final Map<String, String> HEARING =
      Map.of(
          "ar", "جلسة الاستماع التفاعلية غير الرسمية المتعددة أصحاب المصلحة",
          "zh", "多利益攸关方非正式互动听证会",
          "en", "Informal interactive multi-stakeholder hearing",
          "fr", "Audition multipartite informelle et interactive",
          "ru", "Неофициальные интерактивные слушания с участием многих заинтересованных сторон",
          "es", "Audiencia interactiva oficiosa de múltiples interesados");

  /** Organisers' reasons, written in the speaker's language. */
  static final Map<String, String> REASON =
      Map.of(
          "ar", "لم يتسع وقت الجلسة إلا لثمانية متكلمين.",
          "zh", "本场次时间只够八位发言者。",
          "en", "The session's time allowed only eight speakers.",
          "fr", "Le temps de la séance ne permettait que huit orateurs.",
          "ru", "Время сессии позволило выступить только восьми ораторам.",
          "es", "El tiempo de la sesión solo permitía ocho oradores.");

  @Autowired RestTestClient http;
  @Autowired ParticipantDirectory participants;
  private final List<String> missingMessages = new ArrayList<>();

  @Test
  void everyBundleHasTheSameKeys() throws IOException {
    Properties english = bundle("en");
    for (String language : LANGUAGES) {
      assertThat(bundle(language).stringPropertyNames())
          .as(language)
          .isEqualTo(english.stringPropertyNames());
    }
  }

  @Test
  void everyMessageInEveryLanguageIsFreeOfSlips() throws IOException {
    // given in each language an applicant for special accreditation on the waiting list, in
    // Manila, and a delegate of another edition
    String edition = "imrf-" + (2100 + (int) (Math.random() * 800));
    Map<String, UUID> applicants = new LinkedHashMap<>();
    Map<String, UUID> delegates = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      UUID applicant = UUID.randomUUID();
      UUID delegate = UUID.randomUUID();
      applicants.put(language, applicant);
      delegates.put(language, delegate);
      registered(applicant, language, edition, "waiting-list", "pending").send();
      registered(delegate, language, "imrf-2026", "online", "awaiting-confirmation").send();
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> applicants.values().stream().allMatch(id -> participants.find(id).isPresent()));

    // when everything that can happen to them happens
    for (String language : LANGUAGES) {
      UUID applicant = applicants.get(language);
      EventFixtures.linkIssued(UUID.randomUUID(), applicant, "http://x/access/a", "registration")
          .send();
      EventFixtures.linkIssued(UUID.randomUUID(), applicant, "http://x/access/b", "requested")
          .send();
      EventFixtures.provisionallyApproved(applicant, Instant.parse("2026-03-16T15:30:00Z")).send();
      EventFixtures.objected(applicant, "NO", REASON.get(language)).send();
      EventFixtures.accreditationGranted(applicant).send();
      EventFixtures.accreditationRefused(applicant, null).send();
      EventFixtures.promoted(applicant).send();
      EventFixtures.speakerSelected(applicant, SESSION, "2026-05-04T14:06:00Z", "Europe/Paris")
          .send();
      EventFixtures.speakerDeclined(applicant, SESSION, REASON.get(language)).send();
      // events of the versions before titles were translated are still read
      EventFixtures.speakerSelectedV1(
              applicant, "Thematic session 3: detention", "2026-05-04T14:00:00Z", "Asia/Manila")
          .send();
      UUID delegate = delegates.get(language);
      EventFixtures.linkIssued(UUID.randomUUID(), delegate, "http://x/access/d", "registration")
          .send();
      EventFixtures.cancelled(delegate).send();
    }
    // the adoption plenary moves alone; then the days move, a segment is added and one dropped
    var hearing =
        EventFixtures.segment("hearing", HEARING, "2022-05-16T14:00:00Z", "2022-05-16T22:00:00Z");
    var adoption =
        EventFixtures.segment("plenary", ADOPTION, "2022-05-20T14:00:00Z", "2022-05-20T22:00:00Z");
    var moved =
        EventFixtures.segment("plenary", ADOPTION, "2022-05-21T14:00:00Z", "2022-05-21T17:00:00Z");
    EventFixtures.rescheduled(
            edition,
            EventFixtures.TITLES,
            EventFixtures.schedule("2022-05-16", "2022-05-21", List.of(hearing, adoption)),
            EventFixtures.schedule("2022-05-16", "2022-05-21", List.of(hearing, moved)))
        .send();
    EventFixtures.rescheduledV1(
            edition,
            EventFixtures.TITLES.get("en"),
            EventFixtures.schedule("2022-05-10", "2022-05-13", List.of()),
            EventFixtures.schedule("2022-05-16", "2022-05-20", List.of()))
        .send();
    EventFixtures.rescheduled(
            edition,
            EventFixtures.TITLES,
            EventFixtures.schedule("2022-05-16", "2022-05-21", List.of(hearing, moved)),
            EventFixtures.schedule(
                "2022-05-17",
                "2022-05-21",
                List.of(
                    EventFixtures.segment(
                        "hearing", SESSION, "2022-05-17T14:00:00Z", "2022-05-17T22:00:00Z"),
                    moved)))
        .send();

    // then each applicant has their thirteen messages and each delegate two, and not one slips
    List<String> english =
        List.of(
            EventFixtures.TITLES.get("en"),
            SESSION.get("en"),
            ADOPTION.get("en"),
            HEARING.get("en"));
    List<String> slips = new ArrayList<>();
    StringBuilder rendered = new StringBuilder();
    for (String language : LANGUAGES) {
      List<JsonNode> all = new ArrayList<>(messages(applicants.get(language), 13));
      all.addAll(messages(delegates.get(language), 2));
      for (JsonNode message : all) {
        slips.addAll(check(language, message, english));
        rendered.append("== ").append(language).append(' ').append(message.get("kind").asString());
        rendered.append('\n').append(message.get("subject").asString()).append("\n\n");
        rendered.append(message.get("body").asString()).append("\n\n");
      }
    }
    // kept for people to read: target/messages-in-every-language.txt
    Files.writeString(Path.of("target", "messages-in-every-language.txt"), rendered.toString());
    assertThat(slips).isEmpty();
    assertThat(missingMessages).isEmpty();
  }

  private static List<String> check(String language, JsonNode message, List<String> english) {
    List<String> found = new ArrayList<>();
    assertThat(message.get("language").asString()).isEqualTo(language);
    for (String part : List.of("subject", "body")) {
      Slips.in(language, message.get(part).asString(), english)
          .forEach(
              slip ->
                  found.add(
                      language + " " + message.get("kind").asString() + " " + part + ": " + slip));
    }
    return found;
  }

  private static EventFixtures.Event registered(
      UUID id, String language, String edition, String attendance, String accreditation) {
    return EventFixtures.registered(
        UUID.randomUUID(),
        id,
        NAMES.get(language),
        language,
        edition,
        attendance,
        accreditation,
        EventFixtures.TITLES);
  }

  /** The participant's messages once there are this many; those there are, after a while. */
  private List<JsonNode> messages(UUID participant, int count) {
    try {
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> notifications(participant).get("totalItems").asInt() >= count);
    } catch (ConditionTimeoutException missing) {
      // the slips of those that came are the more telling failure: counted after them
      missingMessages.add(participant + " has fewer than " + count + " messages");
    }
    JsonNode page = notifications(participant);
    if (page.get("totalItems").asInt() > count) {
      missingMessages.add(participant + " has more than " + count + " messages");
    }
    List<JsonNode> messages = new ArrayList<>();
    page.get("items").forEach(messages::add);
    return messages;
  }

  private JsonNode notifications(UUID participant) {
    return http.get()
        .uri("/notifications?participant={p}&size=50", participant)
        .header("Authorization", "Bearer " + TestTokens.attendee(participant))
        .exchange()
        .expectStatus()
        .isOk()
        .returnResult(JsonNode.class)
        .getResponseBody();
  }

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        EveryMessageReadsRightInEveryLanguageTest.class.getResourceAsStream(
            "/i18n/notifications_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
