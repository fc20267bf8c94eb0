package org.imrf.registration.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.registration.ParticipantsApi.id;

import java.util.UUID;
import org.imrf.registration.ParticipantsApi;
import org.imrf.registration.Registrants;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Organisers and the desk follow how many have arrived, by category. */
@ServiceTest
class CheckInCountsTest {

  @Autowired RestTestClient http;
  BadgeApi badges;
  ParticipantsApi api;
  String edition;

  @BeforeEach
  void anEditionOfItsOwn() {
    badges = new BadgeApi(http);
    api = badges.participants();
    edition = api.newEdition();
  }

  @Test
  void theCountsSayWhoIsInAndWhoIsStillExpectedByCategory() {
    // given two Member State delegates and a UN official expected in person
    JsonNode first = badges.inPersonDelegate(edition, "First Delegate");
    badges.inPersonDelegate(edition, "Second Delegate");
    api.register(
        Registrants.with(
            Registrants.delegate(edition, "UN Official", Registrants.unique("un"), "en"),
            "category",
            "un-system",
            "organisation",
            "IOM",
            "attendance",
            "in-person"));
    // and an ECOSOC NGO's representative, confirmed by the focal point
    JsonNode ngo =
        api.register(
            Registrants.stakeholder(
                edition,
                "civil-society-ecosoc",
                "Migrant Forum " + UUID.randomUUID(),
                Registrants.unique("ngo")));
    api.decide(id(ngo), "confirm", null);
    // and people not expected at the venue: one online, one awaiting accreditation
    api.register(Registrants.delegate(edition, "Online", Registrants.unique("online"), "en"));
    api.register(
        Registrants.stakeholder(
            edition, "academia", "University " + UUID.randomUUID(), Registrants.unique("uni")));

    // when one delegate and the NGO's representative arrive
    badges.scan(badges.badge(first).get("token").asString()).expectStatus().isCreated();
    badges.scan(badges.badge(ngo).get("token").asString()).expectStatus().isCreated();

    // then the counts show who is in and who is expected, in all and by category
    JsonNode counts = api.get("/editions/" + edition + "/check-ins/counts", TestTokens.organiser());
    assertThat(counts.get("edition").asString()).isEqualTo(edition);
    assertThat(counts.get("checkedIn").asLong()).isEqualTo(2);
    assertThat(counts.get("expected").asLong()).isEqualTo(4);
    JsonNode byCategory = counts.get("byCategory");
    assertTally(byCategory, "member-state", 1, 2);
    assertTally(byCategory, "un-system", 0, 1);
    assertTally(byCategory, "civil-society-ecosoc", 1, 1);
    assertTally(byCategory, "academia", 0, 0);
    assertThat(byCategory.size()).isEqualTo(13);
  }

  @Test
  void anEditionTheForumDoesNotHoldHasNoCounts() {
    badges
        .get("/editions/imrf-0002/check-ins/counts", BadgeApi.deskStaff())
        .expectStatus()
        .isNotFound();
    badges
        .get("/editions/not-an-edition/check-ins/counts", BadgeApi.deskStaff())
        .expectStatus()
        .isBadRequest();
  }

  private static void assertTally(
      JsonNode byCategory, String category, long checkedIn, long expected) {
    assertThat(byCategory.get(category).get("checkedIn").asLong())
        .as(category + " checked in")
        .isEqualTo(checkedIn);
    assertThat(byCategory.get(category).get("expected").asLong())
        .as(category + " expected")
        .isEqualTo(expected);
  }
}
