package org.imrf.notification.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.imrf.notification.EventFixtures;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Messages name the edition in the recipient's language, and in English only where no translation
 * was given; a translation added later reaches the next message.
 */
@ServiceTest
class NamingTheEditionInTheReadersLanguageTest {

  @Autowired RestTestClient http;
  @Autowired EditionDirectory editions;

  @Test
  void anArabicConfirmationCarriesTheArabicTitleAndARussianOneTheEnglishForLackOfATranslation() {
    String edition = newEdition();
    Map<String, String> titles =
        Map.of(
            "en", "International Migration Review Forum 2026",
            "ar", "المنتدى الدولي لاستعراض الهجرة لعام 2026");
    UUID arabic = UUID.randomUUID();
    UUID russian = UUID.randomUUID();

    for (UUID participant : new UUID[] {arabic, russian}) {
      EventFixtures.registered(
              UUID.randomUUID(),
              participant,
              participant == arabic ? "ليلى حداد" : "Ольга Петрова",
              participant == arabic ? "ar" : "ru",
              edition,
              "online",
              "not-required",
              titles)
          .send();
      EventFixtures.linkIssued(UUID.randomUUID(), participant, "http://x/access/t", "registration")
          .send();
    }

    assertThat(newest(arabic, 1).get("subject").asString())
        .isEqualTo("تم استلام تسجيلك: المنتدى الدولي لاستعراض الهجرة لعام 2026");
    assertThat(newest(russian, 1).get("subject").asString())
        .isEqualTo("Регистрация получена: International Migration Review Forum 2026");
  }

  @Test
  void aTranslationAddedAfterSomeoneRegisteredReachesTheirNextMessage() {
    // given a French participant registered while the edition was titled in English only
    String edition = newEdition();
    UUID participant = UUID.randomUUID();
    EventFixtures.registeredV2(UUID.randomUUID(), participant, "Amélie Dubois", "fr", edition)
        .send();
    EventFixtures.linkIssued(UUID.randomUUID(), participant, "http://x/access/1", "registration")
        .send();
    assertThat(newest(participant, 1).get("subject").asString())
        .endsWith(": International Migration Review Forum 2026");

    // when the organisers add the French title
    EventFixtures.detailsChanged(
            edition,
            Map.of(
                "en", "International Migration Review Forum 2026",
                "fr", "Forum d’examen des migrations internationales de 2026"))
        .send();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                editions.find(edition).map(e -> e.titles().languages().size() == 2).orElse(false));
    EventFixtures.linkIssued(UUID.randomUUID(), participant, "http://x/access/2", "requested")
        .send();

    // then her next message names it in French
    assertThat(newest(participant, 2).get("subject").asString())
        .isEqualTo(
            "Votre nouveau lien d'accès\u00a0: Forum d’examen des migrations internationales de 2026");
  }

  private JsonNode newest(UUID participant, int count) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> notifications(participant).get("totalItems").asLong() >= count);
    return notifications(participant).get("items").get(0);
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

  private static String newEdition() {
    return "imrf-" + (2100 + (int) (Math.random() * 800));
  }
}
