package org.imrf.registration.badge;

import static org.imrf.testing.AggregateScenario.given;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imrf.registration.participant.Category;
import org.junit.jupiter.api.Test;

/**
 * Check-in as rules, without Spring: the first scan of a badge in force checks its participant in;
 * a later scan records nothing; a replaced or withdrawn badge, or a participant who may not enter,
 * is refused. {@link CheckInTest} proves the flow (scanners, database, topic).
 */
class CheckInRulesTest {

  static final String DESK = "desk@un.example";
  static final Instant NOW = Instant.parse("2026-05-04T08:30:00Z");

  final UUID participant = UUID.randomUUID();
  final Badge badge = new Badge("b1", participant, "imrf-2026", NOW, "participant", null, null);
  final Arrival.Entrant delegate =
      new Arrival.Entrant(participant, "imrf-2026", Category.MEMBER_STATE, Optional.empty());
  final ParticipantCheckedIn checkedIn =
      new ParticipantCheckedIn(participant, "imrf-2026", "member-state", DESK, NOW);

  @Test
  void theFirstScanChecksTheParticipantIn() {
    given(this::arrival).when(a -> a.checkIn(badge, delegate, DESK, NOW)).then(checkedIn);
  }

  @Test
  void aLaterScanRecordsNothing() {
    given(this::arrival, checkedIn)
        .when(a -> a.checkIn(badge, delegate, "another-desk", NOW.plusSeconds(60)))
        .then();
  }

  @Test
  void aReplacedBadgeAdmitsNobody() {
    Badge replaced =
        new Badge(
            "b1", participant, "imrf-2026", NOW, "participant", NOW, Badge.Revocation.REISSUED);
    given(this::arrival)
        .when(a -> a.checkIn(replaced, delegate, DESK, NOW))
        .thenRefused(BadgeReplaced.class);
  }

  @Test
  void aBadgeWithdrawnOnErasureAdmitsNobody() {
    Badge withdrawn =
        new Badge("b1", participant, "imrf-2026", NOW, "participant", NOW, Badge.Revocation.ERASED);
    given(this::arrival)
        .when(a -> a.checkIn(withdrawn, delegate, DESK, NOW))
        .thenRefused(NotAdmitted.class)
        .extracting("properties")
        .isEqualTo(Map.of("reason", "erased"));
  }

  @Test
  void aParticipantWhoMayNoLongerEnterIsRefusedEvenIfInAlready() {
    Arrival.Entrant cancelled =
        new Arrival.Entrant(
            participant,
            "imrf-2026",
            Category.MEMBER_STATE,
            Optional.of(new NotAdmitted.Reason("cancelled", "cancelled their registration")));
    given(this::arrival, checkedIn)
        .when(a -> a.checkIn(badge, cancelled, DESK, NOW))
        .thenRefused(NotAdmitted.class)
        .extracting("properties")
        .isEqualTo(Map.of("reason", "cancelled"));
  }

  Arrival arrival() {
    return new Arrival(participant);
  }
}
