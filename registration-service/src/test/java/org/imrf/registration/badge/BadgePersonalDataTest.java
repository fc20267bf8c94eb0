package org.imrf.registration.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.registration.ParticipantsApi.id;

import java.util.List;
import java.util.UUID;
import org.imrf.registration.personaldata.PersonalData;
import org.imrf.testing.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** What badges and check-in hold about a participant: exported on request, forgotten on erasure. */
@ServiceTest
class BadgePersonalDataTest {

  @Autowired RestTestClient http;
  @Autowired List<PersonalData> personalData;
  @Autowired TransactionTemplate transaction;
  @Autowired ObjectMapper json;
  BadgeApi badges;

  @BeforeEach
  void api() {
    badges = new BadgeApi(http);
  }

  @Test
  void theExportHoldsTheBadgeAndTheArrivalButNeverTheCode() {
    JsonNode delegate = badges.inPersonDelegate("imrf-2026", "Export Delegate");
    UUID participant = UUID.fromString(id(delegate));
    assertThat(badgeData().export(participant)).isEqualTo(List.of());

    // given a badge and an arrival
    String token = badges.badge(delegate).get("token").asString();
    JsonNode arrival =
        badges
            .scan(token)
            .expectStatus()
            .isCreated()
            .returnResult(JsonNode.class)
            .getResponseBody();

    // when the participant's data is exported
    var export = (BadgePersonalData.Export) badgeData().export(participant);

    // then it shows when the badge was issued and when they arrived, and never the code
    assertThat(export.badges()).hasSize(1);
    assertThat(export.badges().get(0).issuedAt()).isNotNull();
    assertThat(export.badges().get(0).revokedAt()).isNull();
    assertThat(export.checkIn().checkedInAt().toString())
        .isEqualTo(arrival.get("checkedInAt").asString());
    assertThat(export.checkIn().checkedInBy()).isEqualTo("desk-1@un.example");
    String written = json.writeValueAsString(export);
    assertThat(written).contains("\"issuedAt\"", "\"checkedInAt\"").doesNotContain("IMRF1.");
    assertThat(written).doesNotContain(token.substring(6, 28));
  }

  @Test
  void erasureWithdrawsTheBadgeAndForgetsWhoArrivedButTheCountsStay() {
    // given a delegate of an edition of its own, checked in
    String edition = badges.participants().newEdition();
    JsonNode delegate = badges.inPersonDelegate(edition, "Erased Delegate");
    UUID participant = UUID.fromString(id(delegate));
    String token = badges.badge(delegate).get("token").asString();
    badges.scan(token).expectStatus().isCreated();

    // when their personal data is erased
    transaction.executeWithoutResult(status -> badgeData().erase(participant));

    // then their badge no longer lets anyone in
    badges
        .scan(token)
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.reason")
        .isEqualTo("erased");
    // and their arrival is no longer theirs
    var export = (BadgePersonalData.Export) badgeData().export(participant);
    assertThat(export.checkIn()).isNull();
    assertThat(export.badges())
        .singleElement()
        .satisfies(badge -> assertThat(badge.revokedBecause()).isEqualTo("erased"));
    // but still counts
    JsonNode counts =
        badges
            .participants()
            .get("/editions/" + edition + "/check-ins/counts", BadgeApi.deskStaff());
    assertThat(counts.get("checkedIn").asLong()).isEqualTo(1);
    assertThat(counts.get("byCategory").get("member-state").get("checkedIn").asLong()).isEqualTo(1);
  }

  private PersonalData badgeData() {
    return personalData.stream()
        .filter(data -> data.section().equals("badge"))
        .findFirst()
        .orElseThrow();
  }
}
