package org.imrf.registration.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.testing.AggregateScenario.given;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.imrf.registration.participant.AccreditationRefused;
import org.imrf.registration.participant.Attendance;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.InPersonPlacesTaken;
import org.imrf.registration.participant.ParticipantCancelled;
import org.imrf.registration.participant.ParticipantDetailsChanged;
import org.imrf.registration.participant.ParticipantRegistered;
import org.imrf.registration.participant.WaitingListPromoted;
import org.imrf.registration.participant.WhenInPersonFull;
import org.junit.jupiter.api.Test;

/** An organisation's in-person places (a cap of two) and its waiting list, without Spring. */
class InPersonPlacesRulesTest {

  static final String EDITION = "imrf-2026";
  static final String ORG = "Amnesty International";
  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  static final UUID FIRST = id(1);
  static final UUID SECOND = id(2);
  static final UUID THIRD = id(3);
  static final UUID FOURTH = id(4);

  static UUID id(int n) {
    return UUID.fromString("00000000-0000-0000-0000-00000000000" + n);
  }

  static ParticipantRegistered registered(UUID id, String attendance, int minute) {
    return new ParticipantRegistered(
        id,
        EDITION,
        null,
        "P" + id,
        id + "@example.org",
        ORG,
        "KE",
        "civil-society-ecosoc",
        "en",
        attendance,
        List.of(),
        "awaiting-confirmation",
        "UTC",
        T0.plusSeconds(60L * minute));
  }

  static OrganisationPlaces cappedAtTwo() {
    return new OrganisationPlaces(2);
  }

  @Test
  void aFreePlaceIsTaken() {
    var scenario = given(InPersonPlacesRulesTest::cappedAtTwo, registered(FIRST, "in-person", 0));
    assertThat(scenario.aggregate().claim(WhenInPersonFull.ASK, T0))
        .isEqualTo(Attendance.IN_PERSON);
    assertThat(scenario.aggregate().recordedEvents()).isEmpty();
  }

  @Test
  void whenThePlacesAreTakenTheParticipantIsAskedOrGetsWhatTheyChose() {
    given(
            InPersonPlacesRulesTest::cappedAtTwo,
            registered(FIRST, "in-person", 0),
            registered(SECOND, "in-person", 1))
        .when(places -> places.claim(WhenInPersonFull.ASK, T0))
        .thenRefused(InPersonPlacesTaken.class)
        .hasMessageContaining("already has 2 in-person representatives");
    var scenario =
        given(
            InPersonPlacesRulesTest::cappedAtTwo,
            registered(FIRST, "in-person", 0),
            registered(SECOND, "in-person", 1));
    assertThat(scenario.aggregate().claim(WhenInPersonFull.WAITING_LIST, T0))
        .isEqualTo(Attendance.WAITING_LIST);
    assertThat(scenario.aggregate().claim(WhenInPersonFull.ONLINE, T0))
        .isEqualTo(Attendance.ONLINE);
  }

  @Test
  void aPlaceGivenUpGoesToTheFirstWaiting() {
    Instant now = T0.plusSeconds(3600);
    given(
            InPersonPlacesRulesTest::cappedAtTwo,
            registered(FIRST, "in-person", 0),
            registered(SECOND, "in-person", 1),
            registered(FOURTH, "waiting-list", 2),
            registered(THIRD, "waiting-list", 3),
            new ParticipantCancelled(FIRST, EDITION, "participant", null, now))
        .when(places -> places.released(now))
        .then(new WaitingListPromoted(FOURTH, EDITION, ORG, now));
  }

  @Test
  void placesFreedByARefusalAndAMoveOnlineGoToThoseWaitingInTurn() {
    Instant now = T0.plusSeconds(3600);
    given(
            InPersonPlacesRulesTest::cappedAtTwo,
            registered(FIRST, "in-person", 0),
            registered(SECOND, "in-person", 1),
            registered(THIRD, "waiting-list", 2),
            registered(FOURTH, "waiting-list", 3),
            new AccreditationRefused(FIRST, EDITION, "organiser", "No", now),
            changedTo(SECOND, "online", now))
        .when(places -> places.released(now))
        .then(
            new WaitingListPromoted(THIRD, EDITION, ORG, now),
            new WaitingListPromoted(FOURTH, EDITION, ORG, now));
  }

  @Test
  void nobodyIsPromotedWhileThePlacesAreHeld() {
    given(
            InPersonPlacesRulesTest::cappedAtTwo,
            registered(FIRST, "in-person", 0),
            registered(SECOND, "in-person", 1),
            registered(THIRD, "waiting-list", 2))
        .when(places -> places.released(T0))
        .then();
  }

  @Test
  void aPlaceFreeWhileOthersWaitGoesToThemBeforeANewClaim() {
    // the cap was raised: a place is free, but someone has waited for it
    var scenario =
        given(
            () -> new OrganisationPlaces(3),
            registered(FIRST, "in-person", 0),
            registered(SECOND, "in-person", 1),
            registered(THIRD, "waiting-list", 2));
    assertThat(scenario.aggregate().claim(WhenInPersonFull.ONLINE, T0))
        .isEqualTo(Attendance.ONLINE);
    assertThat(scenario.aggregate().recordedEvents())
        .containsExactly(new WaitingListPromoted(THIRD, EDITION, ORG, T0));
  }

  @Test
  void leavingTheWaitingListGivesNobodyAPlace() {
    given(
            InPersonPlacesRulesTest::cappedAtTwo,
            registered(FIRST, "in-person", 0),
            registered(SECOND, "in-person", 1),
            registered(THIRD, "waiting-list", 2),
            changedTo(THIRD, "online", T0))
        .when(places -> places.released(T0))
        .then();
  }

  @Test
  void statesTheUnSystemAndIntergovernmentalOrganisationsAreNotCapped() {
    PlacesRepository uncounted =
        new PlacesRepository() {
          @Override
          public OrganisationPlaces lockAndLoad(String editionId, String organisation, int cap) {
            throw new AssertionError("only stakeholders' places are counted");
          }

          @Override
          public void promote(UUID participantId, Instant at) {
            throw new AssertionError("only stakeholders wait");
          }
        };
    CappedInPersonPlaces places =
        new CappedInPersonPlaces(uncounted, null, Clock.fixed(T0, ZoneOffset.UTC), 2);
    for (Category category :
        List.of(
            Category.MEMBER_STATE,
            Category.OBSERVER_STATE,
            Category.UN_SYSTEM,
            Category.INTERGOVERNMENTAL_ORGANISATION)) {
      for (int delegate = 0; delegate < 3; delegate++) {
        assertThat(places.claim(EDITION, category, ORG, WhenInPersonFull.ASK))
            .as(category.code())
            .isEqualTo(Attendance.IN_PERSON);
      }
    }
  }

  static ParticipantDetailsChanged changedTo(UUID id, String attendance, Instant at) {
    return new ParticipantDetailsChanged(
        id,
        EDITION,
        List.of("attendance"),
        "P",
        "en",
        attendance,
        List.of(),
        "UTC",
        false,
        "p",
        at);
  }
}
