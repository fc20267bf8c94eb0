package org.imrf.registration.hearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.registration.ParticipantsApi;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Organisers set up the hearing's thematic sessions; the programme is public. */
@ServiceTest
class HearingSessionsTest {

  @Autowired RestTestClient http;
  ParticipantsApi api;
  String edition;

  @BeforeEach
  void anEdition() {
    api = new ParticipantsApi(http);
    edition = api.newEdition();
  }

  @Test
  void anOrganiserSetsUpSessionsThatEveryoneCanRead() {
    // when an organiser sets up two sessions, one in New York time, one with an offset
    JsonNode later =
        create(
                Map.of(
                    "title", "Thematic session 2",
                    "theme", "Objectives 13 and 21",
                    "startsAt", "2026-05-04T19:30:00Z",
                    "speakingTime", "PT5M"))
            .expectStatus()
            .isCreated()
            .expectHeader()
            .exists("Location")
            .returnResult(JsonNode.class)
            .getResponseBody();
    create(Map.of("title", "Thematic session 1", "startsAt", "2026-05-04T10:00:00"))
        .expectStatus()
        .isCreated();

    // then anyone sees them, earliest first, in the edition's time
    JsonNode sessions =
        http.get()
            .uri("/editions/{e}/hearing/sessions", edition)
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();
    assertThat(sessions.valueStream().map(s -> s.get("title").asString()))
        .containsExactly("Thematic session 1", "Thematic session 2");
    assertThat(sessions.get(0).get("startsAt").asString()).isEqualTo("2026-05-04T10:00:00-04:00");
    assertThat(sessions.get(0).get("speakingTime").asString()).isEqualTo("PT3M");
    assertThat(sessions.get(1).get("startsAt").asString()).isEqualTo("2026-05-04T15:30:00-04:00");
    assertThat(sessions.get(1).get("theme").asString()).isEqualTo("Objectives 13 and 21");
    assertThat(later.get("speakingTime").asString()).isEqualTo("PT5M");
  }

  @Test
  void anOrganiserChangesASessionSayingWhichVersionTheyRead() {
    JsonNode created =
        create(
                Map.of(
                    "title", "Thematic session", "theme", "Old", "startsAt", "2026-05-04T10:00:00"))
            .expectStatus()
            .isCreated()
            .returnResult(JsonNode.class)
            .getResponseBody();
    String uri = "/editions/" + edition + "/hearing/sessions/" + created.get("id").asString();

    JsonNode changed =
        patch(
                uri,
                "\"0\"",
                Map.of("startsAt", "2026-05-04T15:00:00", "speakingTime", "PT4M", "theme", ""))
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueEquals("ETag", "\"1\"")
            .returnResult(JsonNode.class)
            .getResponseBody();
    assertThat(changed.get("startsAt").asString()).isEqualTo("2026-05-04T15:00:00-04:00");
    assertThat(changed.get("speakingTime").asString()).isEqualTo("PT4M");
    assertThat(changed.get("theme").isNull()).isTrue();
    assertThat(changed.get("title").asString()).isEqualTo("Thematic session");
    // a change based on what was read before is refused
    patch(uri, "\"0\"", Map.of("title", "Stale")).expectStatus().isEqualTo(412);
  }

  @Test
  void aSessionIsTitledInSeveralLanguagesAndATranslationAddedOrRemovedLater() {
    // given a session titled in English and Spanish, its theme in English only
    JsonNode created =
        create(
                Map.of(
                    "titles",
                    Map.of(
                        "en", "Thematic session 2: safe, orderly and regular migration",
                        "es", "Sesión temática 2: migración segura, ordenada y regular"),
                    "themes",
                    Map.of("en", "Detention as a last resort"),
                    "startsAt",
                    "2026-05-04T10:00:00"))
            .expectStatus()
            .isCreated()
            .returnResult(JsonNode.class)
            .getResponseBody();
    String uri = "/editions/" + edition + "/hearing/sessions/" + created.get("id").asString();

    // then a Spanish reader gets the Spanish title, and the theme in English, not translated
    JsonNode spanish =
        http.get()
            .uri(uri)
            .header("Accept-Language", "es-AR")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueEquals("Content-Language", "es")
            .returnResult(JsonNode.class)
            .getResponseBody();
    assertThat(spanish.get("title").asString())
        .isEqualTo("Sesión temática 2: migración segura, ordenada y regular");
    assertThat(spanish.get("theme").asString()).isEqualTo("Detention as a last resort");

    // when the organiser adds the French title and the Spanish one is withdrawn (a merge patch)
    Map<String, String> titles = new java.util.HashMap<>();
    titles.put("fr", "Séance thématique 2\u00a0: migrations sûres, ordonnées et régulières");
    titles.put("es", null);
    JsonNode changed =
        patch(uri, "\"0\"", Map.of("titles", titles, "themes", Map.of("fr", "La détention")))
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();

    // then the session holds English and French, and a Spanish reader gets English
    assertThat(changed.get("titles").propertyNames()).containsExactly("en", "fr");
    assertThat(changed.get("themes").propertyNames()).containsExactly("en", "fr");
    assertThat(
            http.get()
                .uri(uri + "?lang=es")
                .exchange()
                .returnResult(JsonNode.class)
                .getResponseBody()
                .get("title")
                .asString())
        .isEqualTo("Thematic session 2: safe, orderly and regular migration");
    // and English can never be withdrawn
    Map<String, String> withoutEnglish = new java.util.HashMap<>();
    withoutEnglish.put("en", null);
    patch(uri, "\"1\"", Map.of("titles", withoutEnglish))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("titles.en");
  }

  @Test
  void badSessionsAreRefusedNamingTheField() {
    for (Object[] bad :
        List.of(
            new Object[] {Map.of("title", "x", "startsAt", "tomorrow"), "startsAt"},
            new Object[] {
              Map.of("title", "x", "startsAt", "2026-05-04T10:00:00", "speakingTime", "PT30S"),
              "speakingTime"
            },
            new Object[] {
              Map.of("title", "x", "startsAt", "2026-05-04T10:00:00", "speakingTime", "PT16M"),
              "speakingTime"
            },
            new Object[] {
              Map.of("title", "x", "startsAt", "2026-05-04T10:00:00", "speakingTime", "3 minutes"),
              "speakingTime"
            },
            new Object[] {Map.of("title", " ", "startsAt", "2026-05-04T10:00:00"), "title"},
            new Object[] {
              Map.of("title", "x".repeat(201), "startsAt", "2026-05-04T10:00:00"), "title"
            },
            new Object[] {Map.of("title", "x"), "startsAt"},
            new Object[] {
              Map.of("titles", Map.of("fr", "Séance"), "startsAt", "2026-05-04T10:00:00"),
              "titles.en"
            },
            new Object[] {
              Map.of("titles", Map.of("en", "x"), "title", "x", "startsAt", "2026-05-04T10:00:00"),
              "title"
            },
            new Object[] {
              Map.of(
                  "titles",
                  Map.of("en", "x"),
                  "themes",
                  Map.of("en", "y", "xx", "z"),
                  "startsAt",
                  "2026-05-04T10:00:00"),
              "themes.xx"
            })) {
      @SuppressWarnings("unchecked")
      Map<String, Object> body = (Map<String, Object>) bad[0];
      create(body)
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo((String) bad[1]);
    }
    assertThat(
            http.get()
                .uri("/editions/{e}/hearing/sessions", edition)
                .exchange()
                .returnResult(JsonNode.class)
                .getResponseBody())
        .isEmpty();
    // an unknown edition or session is not found
    api.post(
            "/editions/imrf-0002/hearing/sessions",
            TestTokens.organiser(),
            Map.of("title", "x", "startsAt", "2026-05-04T10:00:00"))
        .expectStatus()
        .isNotFound();
    http.get()
        .uri("/editions/{e}/hearing/sessions/{s}", edition, UUID.randomUUID())
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void theDemoEditionHasTheThematicSessionsOfItsHearingMarkedAsDemo() {
    JsonNode sessions =
        http.get()
            .uri("/editions/imrf-2022/hearing/sessions")
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();

    assertThat(sessions.size()).isEqualTo(4);
    assertThat(sessions.valueStream().allMatch(s -> s.get("demo").asBoolean())).isTrue();
    assertThat(sessions.get(0).get("startsAt").asString()).isEqualTo("2022-05-16T10:00:00-04:00");
    assertThat(sessions.get(3).get("startsAt").asString()).isEqualTo("2022-05-16T16:30:00-04:00");
  }

  private RestTestClient.ResponseSpec create(Map<String, Object> body) {
    return api.post("/editions/" + edition + "/hearing/sessions", TestTokens.organiser(), body);
  }

  private RestTestClient.ResponseSpec patch(String uri, String ifMatch, Map<String, Object> body) {
    return http.patch()
        .uri(uri)
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .header("If-Match", ifMatch)
        .contentType(MediaType.valueOf("application/merge-patch+json"))
        .body(body)
        .exchange();
  }
}
