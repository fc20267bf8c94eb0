package org.imrf.registration.hearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imrf.backbone.domain.Coded;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.LivedExperience;
import org.imrf.registration.participant.Regions;
import org.junit.jupiter.api.Test;

/**
 * Organisers see the balance of their selection beside that of every request: the counting, without
 * Spring (which requests count is proven in {@link SelectingSpeakersTest}).
 */
class HearingBalanceTest {

  // a Kenyan NGO woman with lived experience (selected), a Nigerian trade unionist man (waiting),
  // a French academic who gives no gender (selected), a Jordanian migrant-led organisation's
  // representative in her own words (declined), a Mexican non-binary NGO representative with
  // lived experience (waiting)
  static final List<Balance.Entry> A_KNOWN_MIX =
      List.of(
          entry("selected", "KE", "woman", Category.CIVIL_SOCIETY_ECOSOC, LivedExperience.YES),
          entry("requested", "NG", "man", Category.TRADE_UNION, LivedExperience.NO),
          entry("selected", "FR", null, Category.ACADEMIA, LivedExperience.NOT_SAID),
          entry(
              "declined",
              "JO",
              "Two-Spirit",
              Category.MIGRANT_DIASPORA_ORGANISATION,
              LivedExperience.YES),
          entry(
              "requested", "MX", "non-binary", Category.CIVIL_SOCIETY_ECOSOC, LivedExperience.YES));

  @Test
  void theSelectionIsCountedBesideEveryRequestWithEveryPossibleValueListed() {
    Balance balance = Balance.of(A_KNOWN_MIX);

    // the selection: two speakers, one from Africa and one from Europe
    Balance.Tally selection = balance.selection();
    assertThat(selection.total()).isEqualTo(2);
    assertThat(selection.byRegion().get("africa")).isEqualTo(share(1, 50.0));
    assertThat(selection.byRegion().get("europe")).isEqualTo(share(1, 50.0));
    assertThat(selection.byRegion().get("asia")).isEqualTo(share(0, 0.0));
    assertThat(selection.byGender().get("woman")).isEqualTo(share(1, 50.0));
    assertThat(selection.byGender().get("not-given")).isEqualTo(share(1, 50.0));
    assertThat(selection.byLivedExperience().get("yes")).isEqualTo(share(1, 50.0));
    assertThat(selection.byLivedExperience().get("not-said")).isEqualTo(share(1, 50.0));
    assertThat(selection.byCategory().get("academia")).isEqualTo(share(1, 50.0));

    // beside every request: five
    Balance.Tally requests = balance.requests();
    assertThat(requests.total()).isEqualTo(5);
    assertThat(requests.byRegion().get("africa")).isEqualTo(share(2, 40.0));
    assertThat(requests.byRegion().get("latin-america-caribbean")).isEqualTo(share(1, 20.0));
    assertThat(requests.byRegion().get("oceania")).isEqualTo(share(0, 0.0));
    assertThat(requests.byGender())
        .containsExactly(
            entry("woman", share(1, 20.0)),
            entry("man", share(1, 20.0)),
            entry("non-binary", share(1, 20.0)),
            entry("self-described", share(1, 20.0)),
            entry("prefers-not-to-say", share(0, 0.0)),
            entry("not-given", share(1, 20.0)));
    assertThat(requests.byCategory().get("civil-society-ecosoc")).isEqualTo(share(2, 40.0));
    assertThat(requests.byCategory().get("migrant-diaspora-organisation"))
        .isEqualTo(share(1, 20.0));
    assertThat(requests.byCategory()).doesNotContainKey("member-state");
    assertThat(requests.byLivedExperience().get("yes")).isEqualTo(share(3, 60.0));
    assertThat(requests.byLivedExperience().get("no")).isEqualTo(share(1, 20.0));
    // and never anyone's own words
    assertThat(balance.toString()).doesNotContain("Two-Spirit");
  }

  @Test
  void aBalanceOfNobodyIsZeroEverywhere() {
    Balance balance = Balance.of(List.of());

    assertThat(balance.requests().total()).isZero();
    assertThat(balance.selection().byRegion().get("africa")).isEqualTo(share(0, 0.0));
    assertThat(balance.selection().byRegion()).containsKey("unknown");
  }

  static Balance.Entry entry(
      String status, String country, String gender, Category category, LivedExperience lived) {
    return new Balance.Entry(
        Coded.ofCode(SpeakerRequest.Status.class, status).orElseThrow(),
        Regions.of(country),
        Genders.bucket(gender),
        category,
        lived);
  }

  static java.util.Map.Entry<String, Balance.Share> entry(String key, Balance.Share share) {
    return java.util.Map.entry(key, share);
  }

  static Balance.Share share(long count, double percent) {
    return new Balance.Share(count, percent);
  }
}
