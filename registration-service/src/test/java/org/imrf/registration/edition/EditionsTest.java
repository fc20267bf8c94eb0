package org.imrf.registration.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;
import static org.imrf.testing.TopicProbe.header;
import static org.imrf.testing.TopicProbe.keyed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imrf.registration.Registrants;
import org.imrf.registration.Topics;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@ServiceTest
class EditionsTest {

  @Autowired RestTestClient http;
  @Autowired ObjectMapper json;

  @Test
  void theProgrammeOfTheDemoEditionIsPublicInNewYorkTime() {
    JsonNode edition =
        http.get()
            .uri("/editions/imrf-2022")
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();

    assertThat(edition.get("demo").asBoolean()).isTrue();
    assertThat(edition.get("title").asString()).contains("(demo)");
    assertThat(edition.get("startsOn").asString()).isEqualTo("2022-05-16");
    assertThat(edition.get("endsOn").asString()).isEqualTo("2022-05-20");
    assertThat(edition.get("registration").asString()).isEqualTo("closed");
    JsonNode hearing = edition.get("programme").get(0);
    assertThat(hearing.get("kind").asString()).isEqualTo("hearing");
    assertThat(hearing.get("startsAt").asString()).isEqualTo("2022-05-16T10:00:00-04:00");
    assertThat(edition.get("programme").valueStream().map(s -> s.get("kind").asString()))
        .contains("round-table", "policy-debate", "plenary");
  }

  @Test
  void anOrganiserSetsUpAnEditionAndEveryoneCanReadIt() {
    String id = newId();

    JsonNode created =
        put(null, "/editions", edition(id, "2031-05-12", "2031-05-15", "10:00"), "POST")
            .expectStatus()
            .isCreated()
            .expectHeader()
            .valueEquals("ETag", "\"0\"")
            .returnResult(JsonNode.class)
            .getResponseBody();

    assertThat(created.get("programme").get(0).get("startsAt").asString())
        .isEqualTo("2031-05-12T10:00:00-04:00");
    ConsumerRecord<String, byte[]> scheduled = events(id, "edition.scheduled", 1).get(0);
    assertSatisfiesContract(scheduled);
    assertThat(read(scheduled).get("scheduledBy").asString()).isEqualTo("organiser@un.example");
    http.get()
        .uri("/editions")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.id == '" + id + "')].title")
        .isEqualTo(List.of("International Migration Review Forum " + id.substring(5)));
  }

  @Test
  void movingTheDatesIsAReschedulingThatCarriesTheScheduleBeforeAndAfter() {
    String id = newId();
    put(null, "/editions", edition(id, "2031-05-10", "2031-05-13", "10:00"), "POST")
        .expectStatus()
        .isCreated();

    // the first forum was announced for 10-13 May and held 16-20 May
    JsonNode moved =
        put("\"0\"", "/editions/" + id, edition(id, "2031-05-16", "2031-05-20", "10:00"), "PUT")
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueEquals("ETag", "\"1\"")
            .returnResult(JsonNode.class)
            .getResponseBody();

    assertThat(moved.get("startsOn").asString()).isEqualTo("2031-05-16");
    ConsumerRecord<String, byte[]> rescheduled = events(id, "edition.rescheduled", 1).get(0);
    assertSatisfiesContract(rescheduled);
    JsonNode event = read(rescheduled);
    assertThat(event.get("previous").get("startsOn").asString()).isEqualTo("2031-05-10");
    assertThat(event.get("current").get("startsOn").asString()).isEqualTo("2031-05-16");
    assertThat(event.get("rescheduledBy").asString()).isEqualTo("organiser@un.example");
  }

  @Test
  void aChangeOfVenueOnlyIsNoRescheduling() {
    String id = newId();
    Map<String, Object> edition = edition(id, "2031-05-16", "2031-05-20", "10:00");
    put(null, "/editions", edition, "POST").expectStatus().isCreated();

    Map<String, Object> withVenue = new java.util.HashMap<>(edition);
    withVenue.put("venue", "United Nations Office at Geneva");
    put(null, "/editions/" + id, withVenue, "PUT").expectStatus().isOk();

    assertSatisfiesContract(events(id, "edition.details-changed", 1).get(0));
    try (TopicProbe topic = TopicProbe.of(Topics.EDITIONS)) {
      assertThat(
              topic.publishedBy(
                  "registration", keyed(id).and(r -> header(r, "ce_type").contains("rescheduled"))))
          .isEmpty();
    }
  }

  @Test
  void aChangeBasedOnAnOldVersionIsRefused() {
    String id = newId();
    put(null, "/editions", edition(id, "2031-05-16", "2031-05-20", "10:00"), "POST")
        .expectStatus()
        .isCreated();
    put("\"0\"", "/editions/" + id, edition(id, "2031-05-17", "2031-05-20", "10:00"), "PUT")
        .expectStatus()
        .isOk();

    put("\"0\"", "/editions/" + id, edition(id, "2031-05-18", "2031-05-20", "10:00"), "PUT")
        .expectStatus()
        .isEqualTo(412)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void anEditionThatDoesNotHoldTogetherIsRefusedWithEachFieldNamed() {
    Map<String, Object> broken =
        new java.util.HashMap<>(edition(newId(), "2031-05-20", "2031-05-16", "10:00"));
    broken.put("timeZone", "Mars/Olympus_Mons");
    broken.put(
        "programme",
        List.of(
            Map.of(
                "kind",
                "hearing",
                "title",
                "Backwards",
                "startsAt",
                "2031-05-16T18:00",
                "endsAt",
                "2031-05-16T10:00")));

    JsonNode problem =
        put(null, "/editions", broken, "POST")
            .expectStatus()
            .isBadRequest()
            .returnResult(JsonNode.class)
            .getResponseBody();

    assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
        .containsExactlyInAnyOrder("timeZone", "endsOn", "programme[0].endsAt");
  }

  @Test
  void registrationOutsideTheWindowSaysWhenItClosed() {
    http.post()
        .uri("/participants")
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Registrants.delegate("imrf-2022", "Too Late", "late." + newId() + "@example.org", "en"))
        .exchange()
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Registration closed")
        .jsonPath("$.detail")
        .value(
            String.class,
            detail -> assertThat(detail).contains("closed on 6 May 2022, 23:59 (America/New_York)"))
        .jsonPath("$.registrationClosesAt")
        .isEqualTo("2022-05-07T03:59:00Z");
  }

  @Test
  void registrationBeforeTheWindowSaysWhenItOpens() {
    String id = newId();
    Map<String, Object> edition =
        new java.util.HashMap<>(edition(id, "2031-05-16", "2031-05-20", "10:00"));
    edition.put("registrationOpensAt", "2031-01-15T09:00");
    put(null, "/editions", edition, "POST").expectStatus().isCreated();

    http.post()
        .uri("/participants")
        .contentType(MediaType.APPLICATION_JSON)
        .body(Registrants.delegate(id, "Too Early", "early@example.org", "en"))
        .exchange()
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.detail")
        .value(
            String.class, detail -> assertThat(detail).contains("opens on 15 January 2031, 09:00"));
  }

  private RestTestClient.ResponseSpec put(String ifMatch, String uri, Object body, String method) {
    var request =
        http.method(org.springframework.http.HttpMethod.valueOf(method))
            .uri(uri)
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .contentType(MediaType.APPLICATION_JSON);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.body(body).exchange();
  }

  private static Map<String, Object> edition(String id, String startsOn, String endsOn, String at) {
    return Map.of(
        "id",
        id,
        "title",
        "International Migration Review Forum " + id.substring(5),
        "startsOn",
        startsOn,
        "endsOn",
        endsOn,
        "timeZone",
        "America/New_York",
        "programme",
        List.of(
            Map.of(
                "kind",
                "hearing",
                "title",
                "Multi-stakeholder hearing",
                "startsAt",
                startsOn + "T" + at,
                "endsAt",
                startsOn + "T18:00")));
  }

  private JsonNode read(ConsumerRecord<String, byte[]> record) {
    return json.readTree(new String(record.value(), StandardCharsets.UTF_8));
  }

  private static List<ConsumerRecord<String, byte[]>> events(
      String edition, String kind, int count) {
    try (TopicProbe topic = TopicProbe.of(Topics.EDITIONS)) {
      return topic.await(
          keyed(edition).and(r -> header(r, "ce_type").contains(kind)),
          count,
          Duration.ofSeconds(20));
    }
  }

  private static String newId() {
    return "imrf-" + (2100 + ThreadLocalRandom.current().nextInt(2800));
  }
}
