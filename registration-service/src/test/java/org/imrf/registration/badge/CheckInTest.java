package org.imrf.registration.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.registration.ParticipantsApi.attendee;
import static org.imrf.registration.ParticipantsApi.id;
import static org.imrf.registration.ParticipantsApi.payload;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Check-in at the venue: a badge's first scan counts, and only that one. */
@ServiceTest
class CheckInTest {

  @Autowired RestTestClient http;
  BadgeApi badges;

  @BeforeEach
  void api() {
    badges = new BadgeApi(http);
  }

  @Test
  void theFirstScanChecksTheParticipantInAndARepeatedOneSaysSo() {
    // given a delegate with their badge
    JsonNode delegate = badges.inPersonDelegate("imrf-2026", "Fatima Al-Sayed");
    String token = badges.badge(delegate).get("token").asString();

    // when the desk scans it
    JsonNode first =
        badges
            .scan(token)
            .expectStatus()
            .isCreated()
            .returnResult(JsonNode.class)
            .getResponseBody();

    // then they are in, and the desk sees who they are
    assertThat(first.get("alreadyCheckedIn").asBoolean()).isFalse();
    assertThat(first.get("name").asString()).isEqualTo("Fatima Al-Sayed");
    assertThat(first.get("organisation").asString()).isEqualTo("Permanent Mission of Jordan");
    assertThat(first.get("categoryLabel").asString()).isEqualTo("Member State");
    var checkedIn = BadgeApi.events(id(delegate), "participant.checked-in", 1).get(0);
    assertSatisfiesContract(checkedIn);
    assertThat(payload(checkedIn).get("checkedInBy").asString()).isEqualTo("desk-1@un.example");
    assertThat(payload(checkedIn).get("category").asString()).isEqualTo("member-state");

    // when it is scanned again
    JsonNode again =
        badges.scan(token).expectStatus().isOk().returnResult(JsonNode.class).getResponseBody();

    // then the desk is told they are in already, since the first scan, and nothing more counts
    assertThat(again.get("alreadyCheckedIn").asBoolean()).isTrue();
    assertThat(again.get("checkedInAt").asString()).isEqualTo(first.get("checkedInAt").asString());
    assertThat(BadgeApi.eventsSoFar(id(delegate), "participant.checked-in")).hasSize(1);
  }

  @Test
  void twentyScannersAtOnceCheckTheParticipantInExactlyOnce() throws Exception {
    // given a delegate of an edition of their own, with their badge
    String edition = badges.participants().newEdition();
    JsonNode delegate = badges.inPersonDelegate(edition, "Li Wei");
    String token = badges.badge(delegate).get("token").asString();

    // when twenty scanners send the badge at the same moment
    ExecutorService scanners = Executors.newFixedThreadPool(20);
    CountDownLatch ready = new CountDownLatch(20);
    List<Callable<Integer>> scans = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      scans.add(
          () -> {
            ready.countDown();
            ready.await();
            return badges.scan(token).returnResult(JsonNode.class).getStatus().value();
          });
    }
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> scan : scanners.invokeAll(scans)) {
        statuses.add(scan.get());
      }
    } finally {
      scanners.shutdown();
    }

    // then one checked them in and the nineteen others were told they were in already
    assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
    assertThat(statuses).filteredOn(status -> status == 200).hasSize(19);
    // and one event, and one arrival in the counts
    BadgeApi.events(id(delegate), "participant.checked-in", 1);
    assertThat(BadgeApi.eventsSoFar(id(delegate), "participant.checked-in")).hasSize(1);
    JsonNode counts =
        badges
            .participants()
            .get("/editions/" + edition + "/check-ins/counts", BadgeApi.deskStaff());
    assertThat(counts.get("checkedIn").asLong()).isEqualTo(1);
    assertThat(counts.get("byCategory").get("member-state").get("checkedIn").asLong()).isEqualTo(1);
  }

  @Test
  void aCodeChangedInOneCharacterOrSignedWithAnotherKeyIsNoBadge() {
    JsonNode delegate = badges.inPersonDelegate("imrf-2026", "Olena Kovalenko");
    String token = badges.badge(delegate).get("token").asString();

    // one character changed, in the badge id, in the signature, and its very last one
    for (int position : new int[] {8, 40, token.length() - 1}) {
      char changed = token.charAt(position) == 'A' ? 'B' : 'A';
      String tampered = token.substring(0, position) + changed + token.substring(position + 1);
      assertNotABadge(tampered);
    }
    // a well-formed code signed with another key
    BadgeTokens elsewhere =
        new BadgeTokens(
            Base64.getEncoder()
                .encodeToString(
                    "another-forum-key-of-32-bytes-xx".getBytes(StandardCharsets.US_ASCII)));
    assertNotABadge(elsewhere.tokenFor(token.substring(6, 28)));
    // not a badge code at all
    assertNotABadge("https://example.org/not-a-badge");

    // and none of them checked anyone in
    badges.scan(token).expectStatus().isCreated();
  }

  @Test
  void aBadgeThisForumNeverIssuedIsUnknown() {
    BadgeTokens ours = new BadgeTokens(TestTokens.BADGE_KEY);

    badges
        .scan(ours.tokenFor(ours.newBadgeId()))
        .expectStatus()
        .isNotFound()
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Unknown badge");
  }

  @Test
  void aParticipantWhoCancelledIsNotLetIn() {
    // given a delegate who cancelled after printing their badge
    JsonNode delegate = badges.inPersonDelegate("imrf-2026", "Jean Dupont");
    String token = badges.badge(delegate).get("token").asString();
    badges
        .participants()
        .post("/participants/" + id(delegate) + "/cancellation", attendee(delegate), null)
        .expectStatus()
        .isOk();

    // when the badge is scanned, the desk is told why not
    badges
        .scan(token)
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.reason")
        .isEqualTo("cancelled");
    assertThat(BadgeApi.eventsSoFar(id(delegate), "participant.checked-in")).isEmpty();
  }

  private void assertNotABadge(String token) {
    badges
        .scan(token)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("token");
  }
}
