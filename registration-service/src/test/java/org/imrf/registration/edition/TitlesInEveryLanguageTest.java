package org.imrf.registration.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;
import static org.imrf.testing.TopicProbe.header;
import static org.imrf.testing.TopicProbe.keyed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imrf.registration.Topics;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Organisers give an edition's title, and its segments', in each UN language they have (English
 * required); readers get theirs, or English where no translation was given.
 */
@ServiceTest
class TitlesInEveryLanguageTest {

  static final Map<String, String> TITLES =
      Map.of(
          "en", "International Migration Review Forum 2034",
          "fr", "Forum d’examen des migrations internationales de 2034",
          "ar", "المنتدى الدولي لاستعراض الهجرة لعام 2034");

  @Autowired RestTestClient http;
  @Autowired ObjectMapper json;

  @Test
  void readersGetTheTitlesInTheirLanguageOrInEnglishWhereNoneWasGiven() {
    // given an edition titled in English, French and Arabic, its hearing in English and Arabic
    String id = newId();
    send(HttpMethod.POST, "/editions", edition(id, TITLES, "2034-05-15T10:00"))
        .expectStatus()
        .isCreated();

    // when an Arabic reader asks, then titles come in Arabic, and say so
    JsonNode arabic =
        http.get()
            .uri("/editions/" + id)
            .header("Accept-Language", "ar-JO, en;q=0.5")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueEquals("Content-Language", "ar")
            .expectHeader()
            .valueEquals("Vary", "Accept-Language")
            .returnResult(JsonNode.class)
            .getResponseBody();
    assertThat(arabic.get("title").asString())
        .isEqualTo("المنتدى الدولي لاستعراض الهجرة لعام 2034");
    assertThat(arabic.get("programme").get(0).get("title").asString())
        .isEqualTo("جلسة الاستماع التفاعلية غير الرسمية المتعددة أصحاب المصلحة");
    // and ?lang= wins over the header: Russian was not given, so English
    JsonNode russian =
        http.get()
            .uri("/editions/" + id + "?lang=ru")
            .header("Accept-Language", "ar")
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();
    assertThat(russian.get("title").asString()).isEqualTo(TITLES.get("en"));
    assertThat(russian.get("programme").get(0).get("title").asString())
        .isEqualTo("Informal interactive multi-stakeholder hearing");
    // and every language given is there to edit, in the UN's order
    assertThat(russian.get("titles").propertyNames()).containsExactly("ar", "en", "fr");
    assertThat(russian.get("titles").get("fr").asString()).isEqualTo(TITLES.get("fr"));
    // and the setting up is announced with every title (version 2 of the event)
    ConsumerRecord<String, byte[]> scheduled = events(id, "edition.scheduled.v2", 1).get(0);
    assertSatisfiesContract(scheduled);
    JsonNode event = read(scheduled);
    assertThat(event.get("titles").get("ar").asString()).isEqualTo(TITLES.get("ar"));
    assertThat(event.get("schedule").get("programme").get(0).get("titles").get("ar").asString())
        .isEqualTo("جلسة الاستماع التفاعلية غير الرسمية المتعددة أصحاب المصلحة");
  }

  @Test
  void titlesThatBreakTheRulesAreRefusedWithEachFieldNamedAndNothingWritten() {
    String id = newId();
    Map<String, String> titles = new LinkedHashMap<>();
    titles.put("fr", "   ");
    titles.put("de", "Internationales Forum");
    titles.put("ru", "Форум".repeat(41));
    Map<String, Object> edition = new HashMap<>(edition(id, titles, "2034-05-15T10:00"));
    Map<String, Object> segment =
        new HashMap<>(((List<Map<String, Object>>) edition.get("programme")).get(0));
    segment.put("title", "Hearing");
    edition.put("programme", List.of(segment));

    JsonNode problem =
        send(HttpMethod.POST, "/editions", edition)
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .returnResult(JsonNode.class)
            .getResponseBody();

    assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
        .containsExactlyInAnyOrder(
            "titles.en", "titles.fr", "titles.de", "titles.ru", "programme[0].title");
    http.get().uri("/editions/" + id).exchange().expectStatus().isNotFound();
  }

  @Test
  void aLanguageThatIsNotAUnLanguageIsRefusedByName() {
    http.get()
        .uri("/editions/imrf-2022?lang=de")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("lang");
  }

  @Test
  void addingATranslationChangesTheDetailsAndIsNoRescheduling() {
    String id = newId();
    Map<String, Object> english = edition(id, Map.of("en", TITLES.get("en")), "2034-05-15T10:00");
    send(HttpMethod.POST, "/editions", english).expectStatus().isCreated();

    // when the organiser adds the French title, the times unchanged
    send(HttpMethod.PUT, "/editions/" + id, edition(id, TITLES, "2034-05-15T10:00"))
        .expectStatus()
        .isOk();

    // then the details changed, with the titles and the programme's, and nobody is told of a move
    ConsumerRecord<String, byte[]> changed = events(id, "edition.details-changed.v2", 1).get(0);
    assertSatisfiesContract(changed);
    assertThat(read(changed).get("titles").get("fr").asString()).isEqualTo(TITLES.get("fr"));
    assertThat(read(changed).get("programme").get(0).get("titles").has("ar")).isTrue();
    try (TopicProbe topic = TopicProbe.of(Topics.EDITIONS)) {
      assertThat(
              topic.publishedBy(
                  "registration", keyed(id).and(r -> header(r, "ce_type").contains("rescheduled"))))
          .isEmpty();
    }
  }

  @Test
  void theDemoEditionIsTitledInTheSixLanguagesWithTheForumsOfficialNames() {
    Map<String, String> expected =
        Map.of(
            "ar", "المنتدى الدولي لاستعراض الهجرة لعام 2022 (للعرض التوضيحي)",
            "zh", "2022年国际移民审查论坛（演示）",
            "en", "International Migration Review Forum 2022 (demo)",
            "fr", "Forum d’examen des migrations internationales de 2022 (démonstration)",
            "ru", "Международный форум по обзору миграции 2022 года (демонстрация)",
            "es", "Foro de Examen de la Migración Internacional de 2022 (demostración)");

    JsonNode edition =
        http.get()
            .uri("/editions/imrf-2022?lang=zh")
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();

    assertThat(edition.get("title").asString()).isEqualTo(expected.get("zh"));
    expected.forEach(
        (language, title) ->
            assertThat(edition.get("titles").get(language).asString()).isEqualTo(title));
    assertThat(edition.get("programme").valueStream())
        .allSatisfy(segment -> assertThat(segment.get("titles").size()).isEqualTo(6));
  }

  private RestTestClient.ResponseSpec send(HttpMethod method, String uri, Object body) {
    return http.method(method)
        .uri(uri)
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .exchange();
  }

  private static Map<String, Object> edition(
      String id, Map<String, String> titles, String hearingStarts) {
    Map<String, String> hearing = new LinkedHashMap<>();
    hearing.put("en", "Informal interactive multi-stakeholder hearing");
    hearing.put("ar", "جلسة الاستماع التفاعلية غير الرسمية المتعددة أصحاب المصلحة");
    return Map.of(
        "id",
        id,
        "titles",
        titles,
        "timeZone",
        "America/New_York",
        "programme",
        List.of(
            Map.of(
                "kind",
                "hearing",
                "titles",
                hearing,
                "startsAt",
                hearingStarts,
                "endsAt",
                hearingStarts.replace("T10:", "T18:"))));
  }

  private JsonNode read(ConsumerRecord<String, byte[]> record) {
    return json.readTree(new String(record.value(), StandardCharsets.UTF_8));
  }

  private static List<ConsumerRecord<String, byte[]>> events(
      String edition, String type, int count) {
    try (TopicProbe topic = TopicProbe.of(Topics.EDITIONS)) {
      return topic.await(
          keyed(edition).and(r -> header(r, "ce_type").contains(type)),
          count,
          Duration.ofSeconds(20));
    }
  }

  private static String newId() {
    return "imrf-" + (2100 + ThreadLocalRandom.current().nextInt(2800));
  }
}
