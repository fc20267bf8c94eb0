package org.imrf.registration.accreditation;

import static org.imrf.testing.AggregateScenario.given;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.imrf.registration.participant.AccreditationGranted;
import org.imrf.registration.participant.AccreditationObjected;
import org.imrf.registration.participant.AccreditationProvisionallyApproved;
import org.imrf.registration.participant.AccreditationRefused;
import org.imrf.registration.participant.AccreditationRequested;
import org.imrf.registration.participant.ParticipantCancelled;
import org.junit.jupiter.api.Test;

/** The accreditation state machine, told as given events, when a decision, then events. */
class AccreditationRulesTest {

  static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000a11c");
  static final String EDITION = "imrf-2026";
  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  static final Duration PERIOD = Duration.ofDays(7);
  static final String ORGANISER = "organiser@un.example";

  static AccreditationRequested requested(String category, String track) {
    return new AccreditationRequested(ID, EDITION, track, "Org", category, T0);
  }

  static final AccreditationRequested SPECIAL = requested("trade-union", "special");
  static final AccreditationRequested ECOSOC = requested("civil-society-ecosoc", "ecosoc");
  static final AccreditationProvisionallyApproved PROVISIONAL =
      new AccreditationProvisionallyApproved(ID, EDITION, ORGANISER, T0.plus(PERIOD), T0);

  @Test
  void theFocalPointConfirmsAnEcosocRepresentative() {
    given(AccreditationCase::new, ECOSOC)
        .when(a -> a.decide(AccreditationDecisionKind.CONFIRM, null, ORGANISER, T0, PERIOD))
        .then(new AccreditationGranted(ID, EDITION, "confirmed", ORGANISER, T0));
  }

  @Test
  void aSpecialApplicationIsProvisionallyApprovedForTheNonObjectionPeriod() {
    given(AccreditationCase::new, SPECIAL)
        .when(
            a ->
                a.decide(
                    AccreditationDecisionKind.PROVISIONALLY_APPROVE, null, ORGANISER, T0, PERIOD))
        .then(PROVISIONAL);
  }

  @Test
  void whenThePeriodEndsWithoutObjectionTheApplicationIsApprovedByThePeriod() {
    Instant end = T0.plus(PERIOD);
    given(AccreditationCase::new, SPECIAL, PROVISIONAL)
        .when(a -> a.endNonObjectionPeriod(end))
        .then(
            new AccreditationGranted(
                ID, EDITION, "no-objection", AccreditationCase.NON_OBJECTION_PERIOD, end));
  }

  @Test
  void beforeThePeriodEndsNothingIsApproved() {
    given(AccreditationCase::new, SPECIAL, PROVISIONAL)
        .when(a -> a.endNonObjectionPeriod(T0.plus(PERIOD).minusSeconds(1)))
        .then();
  }

  @Test
  void aMemberStateObjectsWithinThePeriod() {
    Instant at = T0.plus(Duration.ofDays(3));
    given(AccreditationCase::new, SPECIAL, PROVISIONAL)
        .when(a -> a.object("NO", "Not an academic body", ORGANISER, at))
        .then(new AccreditationObjected(ID, EDITION, "NO", ORGANISER, "Not an academic body", at));
  }

  @Test
  void anObjectedApplicationIsNotApprovedWhenThePeriodEnds() {
    AccreditationObjected objected =
        new AccreditationObjected(ID, EDITION, "NO", ORGANISER, "No", T0.plusSeconds(60));
    given(AccreditationCase::new, SPECIAL, PROVISIONAL, objected)
        .when(a -> a.endNonObjectionPeriod(T0.plus(PERIOD).plusSeconds(1)))
        .then();
  }

  @Test
  void anObjectionAfterThePeriodIsRefused() {
    given(AccreditationCase::new, SPECIAL, PROVISIONAL)
        .when(a -> a.object("FR", "Too late", ORGANISER, T0.plus(PERIOD)))
        .thenRefused(AccreditationNotAllowed.class);
  }

  @Test
  void anObjectionOutsideAProvisionalApprovalIsRefused() {
    given(AccreditationCase::new, SPECIAL)
        .when(a -> a.object("FR", "Too early", ORGANISER, T0))
        .thenRefused(AccreditationNotAllowed.class);
  }

  @Test
  void afterAnObjectionTheOrganisersGrantOrRefuse() {
    AccreditationObjected objected =
        new AccreditationObjected(ID, EDITION, "NO", ORGANISER, "No", T0.plusSeconds(60));
    Instant at = T0.plus(Duration.ofDays(8));
    given(AccreditationCase::new, SPECIAL, PROVISIONAL, objected)
        .when(a -> a.decide(AccreditationDecisionKind.GRANT, null, ORGANISER, at, PERIOD))
        .then(new AccreditationGranted(ID, EDITION, "approved-despite-objection", ORGANISER, at));
    given(AccreditationCase::new, SPECIAL, PROVISIONAL, objected)
        .when(a -> a.decide(AccreditationDecisionKind.REFUSE, "Upheld", ORGANISER, at, PERIOD))
        .then(new AccreditationRefused(ID, EDITION, ORGANISER, "Upheld", at));
  }

  @Test
  void afterAnObjectionOnlyAGrantOrARefusalIsPossible() {
    AccreditationObjected objected =
        new AccreditationObjected(ID, EDITION, "NO", ORGANISER, "No", T0.plusSeconds(60));
    given(AccreditationCase::new, SPECIAL, PROVISIONAL, objected)
        .when(
            a ->
                a.decide(
                    AccreditationDecisionKind.PROVISIONALLY_APPROVE, null, ORGANISER, T0, PERIOD))
        .thenRefused(AccreditationNotAllowed.class)
        .hasMessageContaining("objected")
        .hasMessageContaining("possible now: grant, refuse");
  }

  @Test
  void aDecisionThatDoesNotApplyIsRefusedSayingWhatWould() {
    given(AccreditationCase::new, SPECIAL)
        .when(a -> a.decide(AccreditationDecisionKind.GRANT, null, ORGANISER, T0, PERIOD))
        .thenRefused(AccreditationNotAllowed.class)
        .hasMessageContaining("pending")
        .hasMessageContaining("possible now: provisionally-approve, refuse");
  }

  @Test
  void nothingIsDecidedOnceTheRegistrationIsCancelled() {
    given(
            AccreditationCase::new,
            ECOSOC,
            new ParticipantCancelled(ID, EDITION, "participant", null, T0))
        .when(a -> a.decide(AccreditationDecisionKind.CONFIRM, null, ORGANISER, T0, PERIOD))
        .thenRefused(AccreditationNotAllowed.class)
        .hasMessageContaining("nothing more is to be decided");
  }

  @Test
  void aRefusedApplicationIsDecided() {
    given(
            AccreditationCase::new,
            SPECIAL,
            new AccreditationRefused(ID, EDITION, ORGANISER, "No", T0))
        .when(
            a ->
                a.decide(
                    AccreditationDecisionKind.PROVISIONALLY_APPROVE, null, ORGANISER, T0, PERIOD))
        .thenRefused(AccreditationNotAllowed.class);
  }
}
