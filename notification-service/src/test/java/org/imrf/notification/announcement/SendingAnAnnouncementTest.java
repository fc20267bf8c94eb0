package org.imrf.notification.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imrf.notification.EventFixtures;
import org.imrf.notification.Topics;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

@ServiceTest
class SendingAnAnnouncementTest {

  static final Map<String, String> SUBJECT =
      Map.of("en", "Visas and arrival in New York", "fr", "Visas et arrivée à New York");
  static final Map<String, String> BODY =
      Map.of(
          "en", "Apply for your visa at least eight weeks before the forum.",
          "fr", "Demandez votre visa au moins huit semaines avant le forum.");

  @Autowired RestTestClient http;
  @Autowired ParticipantDirectory participants;
  @Autowired JdbcClient jdbc;

  @Test
  void eachFilterPicksExactlyTheParticipantsItNamesAndNeverTheCancelled() {
    // given participants of one edition of every kind, one who cancelled, and one of another
    String edition = newEdition();
    participant(edition, "en", "member-state", "in-person", "NG");
    participant(edition, "fr", "academia", "online", "FR");
    participant(edition, "ar", "member-state", "online", "EG");
    participant(edition, "es", "member-state", "waiting-list", "MX");
    UUID cancelled = participant(edition, "ru", "member-state", "in-person", "NG");
    EventFixtures.cancelled(cancelled).send();
    participant(newEdition(), "en", "member-state", "in-person", "NG");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> participants.find(cancelled).orElseThrow().cancelledAt() != null);

    // when organisers count the audiences of drafts with each filter
    // then each counts exactly the participants it names, by language
    assertThat(audience(draft(edition, Map.of())))
        .isEqualTo(Map.of("en", 1, "fr", 1, "ar", 1, "es", 1));
    assertThat(audience(draft(edition, Map.of("categories", List.of("member-state")))))
        .isEqualTo(Map.of("en", 1, "ar", 1, "es", 1));
    assertThat(audience(draft(edition, Map.of("languages", List.of("fr", "es")))))
        .isEqualTo(Map.of("fr", 1, "es", 1));
    assertThat(
            audience(draft(edition, Map.of("attendances", List.of("in-person", "waiting-list")))))
        .isEqualTo(Map.of("en", 1, "es", 1));
    assertThat(audience(draft(edition, Map.of("regions", List.of("africa")))))
        .isEqualTo(Map.of("en", 1, "ar", 1));
    assertThat(
            audience(
                draft(
                    edition,
                    Map.of(
                        "regions",
                        List.of("western-europe-others", "latin-america-caribbean"),
                        "categories",
                        List.of("academia")))))
        .isEqualTo(Map.of("fr", 1));
  }

  @Test
  void eachRecipientGetsItInTheirLanguageOrInEnglishWithANoticeAndItIsSentOnce() {
    // given an English and an Arabic member-state delegate from Africa, and a French one elsewhere
    String edition = newEdition();
    UUID english = participant(edition, "en", "member-state", "in-person", "NG");
    UUID arabic = participant(edition, "ar", "member-state", "online", "EG");
    UUID french = participant(edition, "fr", "member-state", "online", "FR");
    UUID announcement = create(draft(edition, Map.of("regions", List.of("africa"))));

    try (TopicProbe probe = TopicProbe.of(Topics.ANNOUNCEMENTS)) {
      // when the organiser sends the announcement, written in English and French
      http.post()
          .uri("/announcements/{id}/send", announcement)
          .header("Authorization", "Bearer " + TestTokens.organiser())
          .header("If-Match", "\"1\"")
          .exchange()
          .expectStatus()
          .isAccepted()
          .expectHeader()
          .location("/announcements/" + announcement);

      // then its progress reaches sent, with both recipients written
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> read(announcement).get("state").asString().equals("sent"));
      JsonNode sent = read(announcement);
      assertThat(sent.get("recipients").asInt()).isEqualTo(2);
      assertThat(sent.get("written").asInt()).isEqualTo(2);
      assertThat(sent.get("sentBy").asString()).isEqualTo("organiser@un.example");

      // and the English reader has it in English
      JsonNode inEnglish = only(english);
      assertThat(inEnglish.get("kind").asString()).isEqualTo("announcement");
      assertThat(inEnglish.get("subject").asString()).isEqualTo(SUBJECT.get("en"));
      assertThat(inEnglish.get("body").asString()).isEqualTo(BODY.get("en"));
      // and the Arabic reader in English, told in Arabic that it was not translated
      JsonNode inArabic = only(arabic);
      assertThat(inArabic.get("subject").asString()).isEqualTo(SUBJECT.get("en"));
      assertThat(inArabic.get("body").asString())
          .startsWith("لم يترجم المنظمون هذا الإعلان إلى لغتك")
          .endsWith("\n\n" + BODY.get("en"));
      // and the French delegate from Western Europe has nothing
      assertThat(notifications(french).get("totalItems").asInt()).isZero();

      // and the sending was published as its event, as the contracts say
      List<ConsumerRecord<String, byte[]>> published =
          probe.await(TopicProbe.keyed(announcement.toString()), 1, Duration.ofSeconds(30));
      assertSatisfiesContract(published.get(0));
      assertThat(new String(published.get(0).value(), StandardCharsets.UTF_8))
          .contains("\"recipients\":2", "\"regions\":[\"africa\"]");
    }

    // when it is sent again, or changed
    // then both are refused: it went once
    http.post()
        .uri("/announcements/{id}/send", announcement)
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isEqualTo(409);
    http.put()
        .uri("/announcements/{id}", announcement)
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .body(draft(edition, Map.of()))
        .exchange()
        .expectStatus()
        .isEqualTo(409);
    assertThat(notifications(english).get("totalItems").asInt()).isEqualTo(1);
  }

  @Test
  void aPreviewShowsWhatAReaderOfALanguageGets() {
    UUID announcement = create(draft(newEdition(), Map.of()));

    JsonNode french = preview(announcement, "fr");
    assertThat(french.get("translated").asBoolean()).isTrue();
    assertThat(french.get("subject").asString()).isEqualTo(SUBJECT.get("fr"));
    assertThat(french.get("body").asString()).isEqualTo(BODY.get("fr"));

    JsonNode chinese = preview(announcement, "zh");
    assertThat(chinese.get("translated").asBoolean()).isFalse();
    assertThat(chinese.get("body").asString())
        .isEqualTo("组织方未将本公告译成您的语言，以下为英文原文。\n\n" + BODY.get("en"));

    http.get()
        .uri("/announcements/{id}/preview?language=de", announcement)
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("language");
  }

  @Test
  void aDraftIsChangedOnlyByWhoeverReadItsLatestVersion() {
    String edition = newEdition();
    UUID announcement = create(draft(edition, Map.of()));
    Map<String, Object> changed = draft(edition, Map.of("languages", List.of("ar")));

    put(announcement, "\"1\"", changed)
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals("ETag", "\"2\"");
    put(announcement, "\"1\"", changed).expectStatus().isEqualTo(412);
    assertThat(read(announcement).get("languages").get(0).asString()).isEqualTo("ar");
  }

  @Test
  void badInputIsRefusedNamingEachFieldAndNothingIsWritten() {
    // given a draft with an empty English subject, a body in German, and unknown filter codes
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("editionId", "2026");
    bad.put("subject", Map.of("en", "  ", "fr", "Visas"));
    bad.put("body", Map.of("en", "Apply early.", "fr", "Demandez tôt.", "de", "Früh beantragen."));
    bad.put("categories", List.of("member-state", "delegate"));
    bad.put("languages", List.of("pt"));
    bad.put("attendances", List.of("hybrid"));
    bad.put("regions", List.of("europe"));
    long before = announcements();

    // when an organiser writes it
    String problem =
        http.post()
            .uri("/announcements")
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .body(bad)
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith("application/problem+json")
            .returnResult(String.class)
            .getResponseBody();

    // then each invalid field is named, and nothing is written
    JsonNode errors = tools.jackson.databind.json.JsonMapper.builder().build().readTree(problem);
    List<String> fields = new ArrayList<>();
    errors.get("errors").forEach(error -> fields.add(error.get("field").asString()));
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "editionId",
            "subject.en",
            "body.de",
            "categories[1]",
            "languages[0]",
            "attendances[0]",
            "regions[0]");
    assertThat(announcements()).isEqualTo(before);
  }

  // the participants, as registration-service announces them

  private UUID participant(
      String edition, String language, String category, String attendance, String country) {
    UUID id = UUID.randomUUID();
    EventFixtures.Event registered =
        EventFixtures.registered(
            UUID.randomUUID(),
            id,
            "Participant " + language,
            language,
            edition,
            attendance,
            "not-required");
    String payload =
        new String(registered.payload(), StandardCharsets.UTF_8)
            .replace("\"PH\"", "\"" + country + "\"")
            .replace("\"member-state\"", "\"" + category + "\"");
    new EventFixtures.Event(
            registered.key(),
            registered.topic(),
            registered.headers(),
            payload.getBytes(StandardCharsets.UTF_8))
        .send();
    await().atMost(Duration.ofSeconds(30)).until(() -> participants.find(id).isPresent());
    return id;
  }

  // the organisers' API

  static Map<String, Object> draft(String edition, Map<String, List<String>> filters) {
    Map<String, Object> draft = new LinkedHashMap<>();
    draft.put("editionId", edition);
    draft.put("subject", SUBJECT);
    draft.put("body", BODY);
    draft.putAll(filters);
    return draft;
  }

  private UUID create(Map<String, Object> draft) {
    JsonNode created =
        http.post()
            .uri("/announcements")
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .body(draft)
            .exchange()
            .expectStatus()
            .isCreated()
            .returnResult(JsonNode.class)
            .getResponseBody();
    assertThat(created.get("state").asString()).isEqualTo("draft");
    return UUID.fromString(created.get("id").asString());
  }

  private RestTestClient.ResponseSpec put(
      UUID announcement, String ifMatch, Map<String, Object> draft) {
    return http.put()
        .uri("/announcements/{id}", announcement)
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .header("If-Match", ifMatch)
        .body(draft)
        .exchange();
  }

  private Map<String, Integer> audience(Map<String, Object> draft) {
    JsonNode audience =
        http.get()
            .uri("/announcements/{id}/audience", create(draft))
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();
    Map<String, Integer> byLanguage = new LinkedHashMap<>();
    audience
        .get("byLanguage")
        .properties()
        .forEach(e -> byLanguage.put(e.getKey(), e.getValue().asInt()));
    assertThat(audience.get("recipients").asInt())
        .isEqualTo(byLanguage.values().stream().mapToInt(Integer::intValue).sum());
    return byLanguage;
  }

  private JsonNode read(UUID announcement) {
    return http.get()
        .uri("/announcements/{id}", announcement)
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isOk()
        .returnResult(JsonNode.class)
        .getResponseBody();
  }

  private JsonNode preview(UUID announcement, String language) {
    return http.get()
        .uri("/announcements/{id}/preview?language={l}", announcement, language)
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isOk()
        .returnResult(JsonNode.class)
        .getResponseBody();
  }

  private JsonNode only(UUID participant) {
    JsonNode page = notifications(participant);
    assertThat(page.get("totalItems").asInt()).isEqualTo(1);
    return page.get("items").get(0);
  }

  private JsonNode notifications(UUID participant) {
    return http.get()
        .uri("/notifications?participant={p}", participant)
        .header("Authorization", "Bearer " + TestTokens.attendee(participant))
        .exchange()
        .expectStatus()
        .isOk()
        .returnResult(JsonNode.class)
        .getResponseBody();
  }

  private long announcements() {
    return jdbc.sql("select count(*) from announcement").query(Long.class).single();
  }

  static String newEdition() {
    return "imrf-" + (2100 + (int) (Math.random() * 7900));
  }
}
