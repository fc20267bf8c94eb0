package org.imrf.registration.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * An edition's programme as a page for people: in the reader's language, Arabic right to left,
 * times where the forum is held, untranslated titles marked as English, readable without script.
 */
@ServiceTest
class ReadingTheProgrammePageTest {

  @Autowired RestTestClient http;

  @Test
  void theDemoProgrammeReadsInArabicFromRightToLeftInNewYorkTime() throws Exception {
    var response =
        http.get()
            .uri("/editions/imrf-2022/programme?lang=ar")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.TEXT_HTML)
            .expectHeader()
            .valueEquals("Content-Language", "ar")
            .returnResult(String.class);
    String page = response.getResponseBody();

    assertThat(page)
        .contains("<html lang=\"ar\" dir=\"rtl\">")
        .contains("<h1>المنتدى الدولي لاستعراض الهجرة لعام 2022 (للعرض التوضيحي)</h1>")
        .contains("<p>16–20 مايو 2022</p>", "المواعيد مذكورة بتوقيت نيويورك.")
        .contains("<h3 id=\"day-2022-05-16\">الاثنين، 16 مايو 2022</h3>")
        .contains(
            "<time datetime=\"2022-05-16T10:00-04:00\">10:00 ص\u2009–\u20096:00 م</time>",
            "<th scope=\"row\">جلسة الاستماع التفاعلية غير الرسمية المتعددة أصحاب المصلحة</th>")
        .contains("<th scope=\"col\">الوقت</th>", "<main id=\"programme\">")
        .contains(
            "<nav aria-label=\"اللغات\">",
            "<a href=\"?lang=fr\" lang=\"fr\" hreflang=\"fr\">Français</a>")
        .contains("aria-current=\"page\"")
        .contains("الجلسة المواضيعية 1 (للعرض التوضيحي)")
        .doesNotContain("<script", "Plenary");
    // its only style is its own, which its policy names by hash: nothing else runs
    String policy = response.getResponseHeaders().getFirst("Content-Security-Policy");
    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page);
    assertThat(style.find()).isTrue();
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
    assertThat(policy)
        .contains(
            "default-src 'none'", "style-src 'sha256-" + hash + "'", "frame-ancestors 'none'");
  }

  @Test
  void aTitleGivenInEnglishOnlyIsMarkedAsEnglishAndTheReadersHeaderChoosesTheLanguage() {
    String id = "imrf-" + (2100 + ThreadLocalRandom.current().nextInt(2800));
    Map<String, Object> edition = new LinkedHashMap<>();
    edition.put("id", id);
    edition.put(
        "titles",
        Map.of(
            "en", "International Migration Review Forum " + id.substring(5),
            "fr", "Forum d’examen des migrations internationales de " + id.substring(5)));
    edition.put("startsOn", id.substring(5) + "-05-04");
    edition.put("endsOn", id.substring(5) + "-05-07");
    edition.put("timeZone", "Europe/Zurich");
    edition.put("venue", "Palais des Nations, Genève");
    edition.put(
        "programme",
        List.of(
            Map.of(
                "kind",
                "round-table",
                "titles",
                Map.of("en", "Round table 1"),
                "startsAt",
                id.substring(5) + "-05-05T15:00",
                "endsAt",
                id.substring(5) + "-05-05T18:00")));
    http.post()
        .uri("/editions")
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .contentType(MediaType.APPLICATION_JSON)
        .body(edition)
        .exchange()
        .expectStatus()
        .isCreated();

    String french =
        http.get()
            .uri("/editions/" + id + "/programme")
            .header("Accept-Language", "fr-CH, en;q=0.8")
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(String.class)
            .getResponseBody();

    assertThat(french)
        .contains("<html lang=\"fr\" dir=\"ltr\">")
        .contains(
            "<h1>Forum d’examen des migrations internationales de " + id.substring(5) + "</h1>")
        .contains("<th scope=\"row\" lang=\"en\">Round table 1</th>", "<td>Table ronde</td>")
        .contains("15:00\u2009–\u200918:00", "Les heures sont indiquées à l’heure de Zurich.")
        .contains("<bdi>Palais des Nations, Genève</bdi>");
    // in Arabic, English is marked and set left to right
    assertThat(
            http.get()
                .uri("/editions/" + id + "/programme?lang=ar")
                .exchange()
                .returnResult(String.class)
                .getResponseBody())
        .contains(
            "<h1 lang=\"en\" dir=\"ltr\">International Migration Review Forum "
                + id.substring(5)
                + "</h1>");
  }

  @Test
  void anUnknownEditionOrLanguageIsAProblem() {
    http.get()
        .uri("/editions/imrf-0001/programme")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    http.get()
        .uri("/editions/imrf-2022/programme?lang=de")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }
}
