package org.imrf.registration.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.testing.AggregateScenario.givenStored;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;
import org.imrf.registration.edition.Edition;
import org.imrf.registration.edition.Schedule;
import org.junit.jupiter.api.Test;

/**
 * A registration's rules, without Spring: registering, changing details, cancelling and erasing, as
 * given a stored participant / when a command / then events or a refusal. {@link
 * RegisteringAParticipantTest} and {@link ParticipantDetailsTest} prove the flows (HTTP, database,
 * topic).
 */
class ParticipationRulesTest {

  static final Instant REGISTERED = Instant.parse("2026-03-01T09:00:00Z");
  static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final Participation.PlaceClaim NO_CLAIM =
      (participant, whenFull) -> {
        throw new AssertionError("no place claimed");
      };

  final UUID id = UUID.randomUUID();
  final Edition edition = edition();

  @Test
  void aCategoryWithoutAccreditationTakesPartAtOnce() {
    Participation registered =
        Participation.register(
            id,
            edition,
            registration(Category.MEMBER_STATE, "Ame\u0301lie Dubois", null),
            "amelie@example.org",
            "France",
            Attendance.IN_PERSON,
            NOW);

    assertThat(registered.participant().accreditation()).isEqualTo(Accreditation.NOT_REQUIRED);
    assertThat(registered.participant().timeZone()).isEqualTo(NEW_YORK);
    assertThat(registered.recordedEvents())
        .containsExactly(
            new ParticipantRegistered(
                id,
                "imrf-2026",
                edition.titles(),
                "Amélie Dubois",
                "amelie@example.org",
                "France",
                "FR",
                "member-state",
                "fr",
                "in-person",
                List.of(),
                "not-required",
                "America/New_York",
                NOW));
  }

  @Test
  void aStakeholderStartsTheirAccreditationTrack() {
    Participation registered =
        Participation.register(
            id,
            edition,
            registration(Category.TRADE_UNION, "Joseph Mwangi", ZoneId.of("Africa/Nairobi")),
            "joseph@example.org",
            "Union",
            Attendance.WAITING_LIST,
            NOW);

    assertThat(registered.participant().waitlistedAt()).isEqualTo(NOW);
    assertThat(registered.recordedEvents())
        .hasSize(2)
        .last()
        .isEqualTo(
            new AccreditationRequested(id, "imrf-2026", "special", "Union", "trade-union", NOW));
  }

  @Test
  void aChangeOfDetailsTellsOthersWhatChanged() {
    givenStored(new Participation(delegate(Attendance.ONLINE, 3)))
        .when(
            p ->
                p.changeDetails(
                    new DetailsChange(
                        "Ольга Петрова",
                        UnLanguage.RUSSIAN,
                        null,
                        null,
                        new AccessibilityNeeds(Set.of(AccessibilityNeed.CAPTIONING), null),
                        null,
                        null,
                        null),
                    OptionalInt.of(3),
                    NO_CLAIM,
                    "participant",
                    NOW))
        .then(
            new ParticipantDetailsChanged(
                id,
                "imrf-2026",
                List.of("name", "preferredLanguage", "accessibility"),
                "Ольга Петрова",
                "ru",
                "online",
                List.of("captioning"),
                "America/New_York",
                false,
                "participant",
                NOW));
  }

  @Test
  void livedExperienceIsKeptButNeverTold() {
    var scenario = givenStored(new Participation(delegate(Attendance.ONLINE, 0)));
    scenario
        .when(
            p ->
                p.changeDetails(only(LivedExperience.YES), OptionalInt.empty(), NO_CLAIM, "x", NOW))
        .then();

    assertThat(scenario.aggregate().changed()).isTrue();
    assertThat(scenario.aggregate().participant().livedExperience()).isEqualTo(LivedExperience.YES);
  }

  @Test
  void aChangeThatChangesNothingIsNoChange() {
    var scenario = givenStored(new Participation(delegate(Attendance.ONLINE, 0)));
    scenario
        .when(
            p ->
                p.changeDetails(
                    only(LivedExperience.NOT_SAID), OptionalInt.empty(), NO_CLAIM, "x", NOW))
        .then();

    assertThat(scenario.aggregate().changed()).isFalse();
  }

  @Test
  void askingToComeInPersonClaimsAPlaceAndMayWaitForIt() {
    var scenario = givenStored(new Participation(delegate(Attendance.ONLINE, 0)));
    List<ParticipantEvent> events =
        scenario
            .when(
                p ->
                    p.changeDetails(
                        attendance(Attendance.IN_PERSON),
                        OptionalInt.empty(),
                        (participant, whenFull) -> {
                          assertThat(whenFull).isEqualTo(WhenInPersonFull.ASK);
                          return Attendance.WAITING_LIST;
                        },
                        "participant",
                        NOW))
            .thenEvents();

    assertThat(((ParticipantDetailsChanged) events.get(0)).changed()).containsExactly("attendance");
    assertThat(scenario.aggregate().participant().waitlistedAt()).isEqualTo(NOW);
    assertThat(scenario.aggregate().gaveUpInPersonPlace()).isFalse();
  }

  @Test
  void goingOnlineGivesUpTheInPersonPlace() {
    var scenario = givenStored(new Participation(delegate(Attendance.IN_PERSON, 0)));
    scenario
        .when(
            p ->
                p.changeDetails(
                    attendance(Attendance.ONLINE), OptionalInt.empty(), NO_CLAIM, "x", NOW))
        .thenEvents();

    assertThat(scenario.aggregate().gaveUpInPersonPlace()).isTrue();
  }

  @Test
  void aChangeBasedOnAnEarlierReadingIsRefused() {
    givenStored(new Participation(delegate(Attendance.ONLINE, 1)))
        .when(
            p ->
                p.changeDetails(
                    only(LivedExperience.YES), OptionalInt.of(0), NO_CLAIM, "participant", NOW))
        .thenRefused(ParticipantChangedMeanwhile.class);
  }

  @Test
  void aCancelledRefusedOrErasedRegistrationCannotChange() {
    Participant delegate = delegate(Attendance.ONLINE, 0);
    for (Participant closed :
        List.of(cancelled(delegate), refused(delegate), erasedParticipant(delegate))) {
      givenStored(new Participation(closed))
          .when(
              p ->
                  p.changeDetails(
                      only(LivedExperience.YES), OptionalInt.empty(), NO_CLAIM, "x", NOW))
          .thenRefused(RegistrationClosedForChanges.class)
          .extracting("properties")
          .isEqualTo(Map.of("status", closed.status().code()));
    }
  }

  @Test
  void cancellingEndsTheRegistrationAndGivesUpThePlace() {
    var scenario = givenStored(new Participation(delegate(Attendance.IN_PERSON, 2)));
    scenario
        .when(p -> p.cancel("  Cannot travel ", OptionalInt.of(2), "participant", NOW))
        .then(new ParticipantCancelled(id, "imrf-2026", "participant", "Cannot travel", NOW));

    assertThat(scenario.aggregate().participant().status()).isEqualTo(RegistrationStatus.CANCELLED);
    assertThat(scenario.aggregate().gaveUpInPersonPlace()).isTrue();
  }

  @Test
  void cancellingTwiceChangesNothingWhateverVersionWasRead() {
    var scenario = givenStored(new Participation(cancelled(delegate(Attendance.ONLINE, 1))));
    scenario.when(p -> p.cancel(null, OptionalInt.of(0), "participant", NOW)).then();

    assertThat(scenario.aggregate().changed()).isFalse();
  }

  @Test
  void cancellingIsRefusedOnAnEarlierReadingOrOnceErased() {
    givenStored(new Participation(delegate(Attendance.ONLINE, 1)))
        .when(p -> p.cancel(null, OptionalInt.of(0), "participant", NOW))
        .thenRefused(ParticipantChangedMeanwhile.class);
    givenStored(new Participation(erasedParticipant(delegate(Attendance.ONLINE, 1))))
        .when(p -> p.cancel(null, OptionalInt.empty(), "organiser@un.example", NOW))
        .thenRefused(RegistrationClosedForChanges.class);
  }

  @Test
  void erasingKeepsOnlyWhatTheCountsNeed() {
    var scenario = givenStored(new Participation(delegate(Attendance.WAITING_LIST, 4)));
    scenario
        .when(p -> p.erase("participant", NOW))
        .then(new ParticipantErased(id, "imrf-2026", "participant", NOW));

    Participant erased = scenario.aggregate().participant();
    assertThat(erased.status()).isEqualTo(RegistrationStatus.ERASED);
    assertThat(List.of(erased.name(), erased.organisation())).containsOnly("");
    assertThat(erased.email()).isNull();
    assertThat(erased.attendance()).isEqualTo(Attendance.ONLINE);
    assertThat(erased.livedExperience()).isEqualTo(LivedExperience.NOT_SAID);
    assertThat(erased.accessibility()).isEqualTo(AccessibilityNeeds.NONE);
    assertThat(erased.country()).isEqualTo("FR");
    assertThat(erased.category()).isEqualTo(Category.MEMBER_STATE);
  }

  @Test
  void erasingTwiceChangesNothing() {
    givenStored(new Participation(erasedParticipant(delegate(Attendance.ONLINE, 0))))
        .when(p -> p.erase("participant", NOW))
        .then();
  }

  Participant delegate(Attendance attendance, int version) {
    return new Participant(
        id,
        "imrf-2026",
        "Olga Petrova",
        "olga@example.org",
        "France",
        "FR",
        Category.MEMBER_STATE,
        UnLanguage.FRENCH,
        attendance,
        attendance == Attendance.WAITING_LIST ? REGISTERED : null,
        new AccessibilityNeeds(Set.of(AccessibilityNeed.OTHER), "A seat near the front"),
        LivedExperience.NOT_SAID,
        false,
        NEW_YORK,
        Accreditation.NOT_REQUIRED,
        null,
        REGISTERED,
        null,
        null,
        version);
  }

  static Participant cancelled(Participant p) {
    Participation participation = new Participation(p);
    participation.cancel(null, OptionalInt.empty(), "participant", REGISTERED);
    return participation.participant();
  }

  static Participant erasedParticipant(Participant p) {
    Participation participation = new Participation(p);
    participation.erase("participant", REGISTERED);
    return participation.participant();
  }

  static Participant refused(Participant p) {
    return new Participant(
        p.id(),
        p.editionId(),
        p.name(),
        p.email(),
        p.organisation(),
        p.country(),
        Category.TRADE_UNION,
        p.preferredLanguage(),
        p.attendance(),
        p.waitlistedAt(),
        p.accessibility(),
        p.livedExperience(),
        p.publicListing(),
        p.timeZone(),
        Accreditation.REFUSED,
        null,
        p.registeredAt(),
        null,
        null,
        p.version());
  }

  static DetailsChange only(LivedExperience livedExperience) {
    return new DetailsChange(null, null, null, null, null, livedExperience, null, null);
  }

  static DetailsChange attendance(Attendance attendance) {
    return new DetailsChange(null, null, attendance, null, null, null, null, null);
  }

  static Registration registration(Category category, String name, ZoneId timeZone) {
    return new Registration(
        "imrf-2026",
        name,
        "Someone@Example.org",
        "  raw organisation ",
        category == Category.MEMBER_STATE ? "FR" : "KE",
        category,
        category == Category.MEMBER_STATE ? UnLanguage.FRENCH : UnLanguage.ENGLISH,
        Attendance.IN_PERSON,
        WhenInPersonFull.WAITING_LIST,
        AccessibilityNeeds.NONE,
        LivedExperience.NOT_SAID,
        false,
        timeZone);
  }

  static Edition edition() {
    return new Edition(
        "imrf-2026",
        MultilingualText.english("IMRF 2026"),
        new Schedule(Optional.of(LocalDate.parse("2026-05-04")), Optional.empty(), List.of()),
        Optional.empty(),
        NEW_YORK,
        Optional.empty(),
        Optional.empty(),
        false,
        0);
  }
}
