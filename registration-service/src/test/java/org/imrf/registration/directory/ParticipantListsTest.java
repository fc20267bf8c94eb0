package org.imrf.registration.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.registration.ParticipantsApi.attendee;
import static org.imrf.registration.ParticipantsApi.id;
import static org.imrf.registration.Registrants.delegate;
import static org.imrf.registration.Registrants.stakeholder;
import static org.imrf.registration.Registrants.unique;
import static org.imrf.registration.Registrants.with;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imrf.registration.ParticipantsApi;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Organisers search, count and export an edition's participants; the public sees a list. */
@ServiceTest
class ParticipantListsTest {

  @Autowired RestTestClient http;
  ParticipantsApi api;
  String edition;
  JsonNode layla;
  JsonNode wang;
  JsonNode joseph;
  JsonNode olga;

  @BeforeEach
  void anEditionWithFourParticipants() {
    // given an edition with a Jordanian delegate, a Chinese delegate, a Kenyan migrant-led
    // organisation's representative (awaiting accreditation) and a Russian journalist who cancelled
    api = new ParticipantsApi(http);
    edition = api.newEdition();
    layla =
        api.register(
            with(
                delegate(edition, "Layla Haddad", unique("layla"), "ar"),
                "publicListing",
                true,
                "attendance",
                "in-person"));
    wang =
        api.register(
            with(
                delegate(edition, "王芳", unique("wang"), "zh"),
                "country",
                "CN",
                "organisation",
                "Permanent Mission of China",
                "publicListing",
                true));
    joseph =
        api.register(
            with(
                stakeholder(
                    edition,
                    "migrant-diaspora-organisation",
                    "Kenya Diaspora Network",
                    unique("joseph")),
                "name",
                "=HYPERLINK(\"http://evil\"), Joseph",
                "publicListing",
                true));
    olga =
        api.register(
            with(
                delegate(edition, "Ольга Петрова", unique("olga"), "ru"),
                "category",
                "media",
                "country",
                "RU",
                "organisation",
                "TASS"));
    api.post("/participants/" + id(olga) + "/cancellation", attendee(olga), null)
        .expectStatus()
        .isOk();
  }

  @Test
  void organisersFilterSortAndPage() {
    // by category, several values being alternatives
    assertThat(names("&category=member-state&category=media&sort=name"))
        .containsExactly("Layla Haddad", "Ольга Петрова", "王芳");
    // by status
    assertThat(names("&status=awaiting-accreditation"))
        .containsExactly("=HYPERLINK(\"http://evil\"), Joseph");
    assertThat(names("&status=cancelled")).containsExactly("Ольга Петрова");
    // by country, language and attendance together
    assertThat(names("&country=JO&language=ar&attendance=in-person"))
        .containsExactly("Layla Haddad");
    // by text, in any case
    assertThat(names("&q=mission of CHINA")).containsExactly("王芳");
    // newest first by default; descending sort
    assertThat(names("")).first().isEqualTo("Ольга Петрова");
    assertThat(names("&sort=country,desc")).first().isEqualTo("Ольга Петрова");

    // one page at a time, saying how many there are
    JsonNode page = search("&sort=name&size=3&page=1");
    assertThat(page.get("totalItems").asLong()).isEqualTo(4);
    assertThat(page.get("totalPages").asLong()).isEqualTo(2);
    assertThat(page.get("items")).hasSize(1);
  }

  @Test
  void badFiltersAreNamed() {
    JsonNode problem =
        http.get()
            .uri("/participants?edition=" + edition + "&category=tourist&size=0&sort=email")
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .exchange()
            .expectStatus()
            .isBadRequest()
            .returnResult(JsonNode.class)
            .getResponseBody();
    assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()))
        .as(problem.toString())
        .containsExactlyInAnyOrder("category", "size", "sort");
    http.get()
        .uri("/participants")
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("edition");
    http.get()
        .uri("/participants?edition=imrf-0099")
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void countsByCategoryStatusRegionAndLanguage() {
    JsonNode counts = api.get("/participants/counts?edition=" + edition, TestTokens.organiser());

    assertThat(counts.get("total").asLong()).isEqualTo(4);
    assertThat(counts.get("live").asLong()).isEqualTo(3);
    assertThat(counts.get("byStatus").get("registered").asLong()).isEqualTo(2);
    assertThat(counts.get("byStatus").get("awaiting-accreditation").asLong()).isEqualTo(1);
    assertThat(counts.get("byStatus").get("cancelled").asLong()).isEqualTo(1);
    assertThat(counts.get("byCategory").get("member-state").asLong()).isEqualTo(2);
    assertThat(counts.get("byCategory").get("media").asLong()).isZero();
    assertThat(counts.get("byRegion").get("asia").asLong()).isEqualTo(2);
    assertThat(counts.get("byRegion").get("africa").asLong()).isEqualTo(1);
    assertThat(counts.get("byLanguage").get("zh").asLong()).isEqualTo(1);
    assertThat(counts.get("byLanguage").get("ru").asLong()).isZero();
  }

  @Test
  void theCsvExportHoldsOnlyThoseWhoConsentedAndOnlyWhatTheyConsentedTo() {
    byte[] csv =
        http.get()
            .uri("/participants/export?edition=" + edition)
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith("text/csv")
            .expectHeader()
            .valueMatches(
                "Content-Disposition", "attachment; filename=\"" + edition + "-participants.csv\"")
            .returnResult(byte[].class)
            .getResponseBody();

    String text = new String(csv, StandardCharsets.UTF_8);
    // a byte order mark, so that spreadsheets read every script
    assertThat(text).startsWith("\uFEFF");
    List<String> lines = text.substring(1).lines().toList();
    assertThat(lines)
        .containsExactly(
            "name,organisation,country,category",
            "Layla Haddad,Permanent Mission of Jordan,JO,member-state",
            "王芳,Permanent Mission of China,CN,member-state");
    // Joseph consented but awaits accreditation, Olga cancelled and did not consent
    assertThat(text).doesNotContain("@example.org", "Ольга", "Joseph");
  }

  @Test
  void thePublicListShowsRegisteredParticipantsWhoConsented() {
    JsonNode list =
        http.get()
            .uri("/editions/" + edition + "/participants")
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();

    // Joseph consented but awaits accreditation; Olga cancelled
    assertThat(list.get("items").valueStream().map(item -> item.get("name").asString()))
        .containsExactly("Layla Haddad", "王芳");
    assertThat(list.get("items").get(0).has("email")).isFalse();
  }

  private List<String> names(String filters) {
    return search(filters)
        .get("items")
        .valueStream()
        .map(item -> item.get("name").asString())
        .toList();
  }

  private JsonNode search(String filters) {
    return api.get("/participants?edition=" + edition + filters, TestTokens.organiser());
  }
}
