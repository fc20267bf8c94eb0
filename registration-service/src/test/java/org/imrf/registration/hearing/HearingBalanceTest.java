package org.imrf.registration.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.registration.ParticipantsApi.attendee;
import static org.imrf.registration.ParticipantsApi.id;
import static org.imrf.registration.hearing.HearingApi.requestToSpeak;

import java.util.List;
import java.util.Map;
import org.imrf.testing.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Organisers see the balance of their selection beside that of every request. */
@ServiceTest
class HearingBalanceTest {

  @Autowired RestTestClient http;
  HearingApi hearing;
  String edition;
  String first;
  String second;

  @BeforeEach
  void aKnownMixOfRequests() {
    // given two sessions
    hearing = new HearingApi(http);
    edition = hearing.participants().newEdition();
    first = hearing.session(edition, "Thematic session 1", "2026-05-04T10:00:00", null);
    second = hearing.session(edition, "Thematic session 2", "2026-05-04T11:30:00", null);
    // and five requests: in the first session, a Kenyan NGO woman with lived experience
    // (selected), a Nigerian trade unionist man (waiting), a French academic who gives no gender
    // (selected), a Jordanian migrant-led organisation's representative in her own words
    // (declined);
    // in the second, a Mexican non-binary NGO representative with lived experience (waiting)
    String kenya = ask(first, "civil-society-ecosoc", "KE", "yes", "woman");
    ask(first, "trade-union", "NG", "no", "man");
    String france = ask(first, "academia", "FR", "not-said", null);
    String jordan = ask(first, "migrant-diaspora-organisation", "JO", "yes", "Two-Spirit");
    ask(second, "civil-society-ecosoc", "MX", "yes", "non-binary");
    hearing.selected(edition, kenya);
    hearing.selected(edition, france);
    hearing.decline(edition, jordan, "Region already represented").expectStatus().isOk();
    // and one from a speaker who then cancelled, who counts for nothing
    JsonNode gone = hearing.accreditedStakeholder(edition, "civil-society-ecosoc", "country", "KE");
    hearing.request(edition, gone, first);
    hearing
        .participants()
        .post("/participants/" + id(gone) + "/cancellation", attendee(gone), null)
        .expectStatus()
        .isOk();
  }

  @Test
  void theWholeHearingsBalanceCountsTheSelectionAndEveryRequest() {
    // when an organiser asks for the balance of the hearing
    JsonNode balance = hearing.balance(edition, null);

    // then the selection: two speakers, one from Africa and one from Europe
    JsonNode selection = balance.get("selection");
    assertThat(selection.get("total").asLong()).isEqualTo(2);
    assertShare(selection.get("byRegion").get("africa"), 1, 50.0);
    assertShare(selection.get("byRegion").get("europe"), 1, 50.0);
    assertShare(selection.get("byRegion").get("asia"), 0, 0.0);
    assertShare(selection.get("byGender").get("woman"), 1, 50.0);
    assertShare(selection.get("byGender").get("not-given"), 1, 50.0);
    assertShare(selection.get("byLivedExperience").get("yes"), 1, 50.0);
    assertShare(selection.get("byLivedExperience").get("not-said"), 1, 50.0);
    assertShare(selection.get("byCategory").get("academia"), 1, 50.0);

    // beside every request: five
    JsonNode requests = balance.get("requests");
    assertThat(requests.get("total").asLong()).isEqualTo(5);
    assertShare(requests.get("byRegion").get("africa"), 2, 40.0);
    assertShare(requests.get("byRegion").get("latin-america-caribbean"), 1, 20.0);
    assertShare(requests.get("byRegion").get("oceania"), 0, 0.0);
    assertShare(requests.get("byGender").get("woman"), 1, 20.0);
    assertShare(requests.get("byGender").get("man"), 1, 20.0);
    assertShare(requests.get("byGender").get("non-binary"), 1, 20.0);
    assertShare(requests.get("byGender").get("self-described"), 1, 20.0);
    assertShare(requests.get("byGender").get("prefers-not-to-say"), 0, 0.0);
    assertShare(requests.get("byGender").get("not-given"), 1, 20.0);
    assertShare(requests.get("byCategory").get("civil-society-ecosoc"), 2, 40.0);
    assertShare(requests.get("byCategory").get("migrant-diaspora-organisation"), 1, 20.0);
    assertThat(requests.get("byCategory").has("member-state")).isFalse();
    assertShare(requests.get("byLivedExperience").get("yes"), 3, 60.0);
    assertShare(requests.get("byLivedExperience").get("no"), 1, 20.0);
    // and never anyone's own words
    assertThat(balance.toString()).doesNotContain("Two-Spirit");
  }

  @Test
  void oneSessionsBalanceCountsOnlyItsRequests() {
    JsonNode balance = hearing.balance(edition, first);

    assertThat(balance.get("session").asString()).isEqualTo(first);
    assertThat(balance.get("requests").get("total").asLong()).isEqualTo(4);
    assertShare(balance.get("requests").get("byRegion").get("africa"), 2, 50.0);
    assertShare(balance.get("requests").get("byRegion").get("asia"), 1, 25.0);
    assertShare(balance.get("requests").get("byLivedExperience").get("yes"), 2, 50.0);
    assertThat(hearing.balance(edition, second).get("selection").get("total").asLong()).isZero();
    // an unknown session is not found
    http.get()
        .uri("/editions/{e}/hearing/balance?session={s}", edition, java.util.UUID.randomUUID())
        .header("Authorization", "Bearer " + org.imrf.testing.TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void organisersListTheRequestsWithWhatTheBalanceIsMadeOf() {
    JsonNode selected = hearing.requests(edition, "status=selected&sort=name");

    assertThat(selected.get("totalItems").asLong()).isEqualTo(2);
    JsonNode item = selected.get("items").get(0);
    assertThat(item.get("status").asString()).isEqualTo("selected");
    assertThat(item.get("participant").get("region").asString()).isNotBlank();
    assertThat(item.get("participant").get("category").asString()).isNotBlank();
    assertThat(item.get("participant").get("livedExperience").asString()).isNotBlank();
    assertThat(item.get("summary").asString()).isNotBlank();
    JsonNode secondSession = hearing.requests(edition, "session=" + second);
    assertThat(secondSession.get("totalItems").asLong()).isEqualTo(1);
    assertThat(secondSession.get("items").get(0).get("gender").asString()).isEqualTo("non-binary");
    // a status that does not exist is refused
    http.get()
        .uri("/editions/{e}/hearing/requests?status=maybe", edition)
        .header("Authorization", "Bearer " + org.imrf.testing.TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isBadRequest();
  }

  private String ask(
      String session, String category, String country, String livedExperience, String gender) {
    JsonNode speaker =
        hearing.accreditedStakeholder(
            edition, category, "country", country, "livedExperience", livedExperience);
    Map<String, Object> body = requestToSpeak(session, List.of(13), "A statement");
    if (gender != null) {
      body.put("gender", gender);
    }
    return hearing.request(edition, speaker, body).get("id").asString();
  }

  private static void assertShare(JsonNode share, long count, double percent) {
    assertThat(share.get("count").asLong()).isEqualTo(count);
    assertThat(share.get("percent").asDouble()).isEqualTo(percent);
  }
}
