package org.imrf.registration.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.testing.AggregateScenario.given;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.LivedExperience;
import org.junit.jupiter.api.Test;

/**
 * Selected speakers take the floor in a running order, each within a time limit: a session's
 * selection, decline and reordering as rules, without Spring.
 */
class RunningOrderTest {

  static final String EDITION = "imrf-2026";
  static final String NEW_YORK = "America/New_York";
  static final String ORGANISER = "organiser@un.example";
  static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

  /** 10:00 in New York, three minutes per speaker. */
  static final HearingSession SESSION =
      new HearingSession(
          UUID.randomUUID(),
          EDITION,
          MultilingualText.english("Thematic session 3"),
          null,
          Instant.parse("2026-05-04T14:00:00Z"),
          Duration.ofMinutes(3),
          false,
          0);

  final Speaker amal = speaker("Amal Nasser", "Africa/Nairobi");
  final Speaker bruno = speaker("Bruno Costa", "Europe/Lisbon");
  final Speaker chen = speaker("陈静", "Asia/Shanghai");
  final SpeakerRequest a = requested(amal);
  final SpeakerRequest b = requested(bruno);
  final SpeakerRequest c = requested(chen);

  @Test
  void aSelectedSpeakerJoinsTheEndPlannedWhenTheOnesBeforeHaveUsedTheirTime() {
    given(this::session, selected(a, amal, 1, "14:00"), selected(b, bruno, 2, "14:03"))
        .when(speakers -> speakers.select(c, chen, ORGANISER, NOW))
        .then(selected(c, chen, 3, "14:06"));
  }

  @Test
  void anOrganiserReordersTheSpeakersAndGivesOneMoreTime() {
    var speakers =
        given(this::session, threeSelected())
            .when(
                order ->
                    order.setRunningOrder(
                        List.of(c.id(), a.id(), b.id()),
                        Map.of(c.id(), Duration.ofMinutes(5)),
                        ORGANISER,
                        NOW))
            .then(
                new RunningOrderSet(
                    EDITION,
                    SESSION.id(),
                    SESSION.titles(),
                    SESSION.startsAt(),
                    NEW_YORK,
                    List.of(
                        turn(c, chen, 1, "PT5M", "14:00"),
                        turn(a, amal, 2, "PT3M", "14:05"),
                        turn(b, bruno, 3, "PT3M", "14:08")),
                    ORGANISER,
                    NOW));
    assertThat(speakers.order()).containsExactly(c.id(), a.id(), b.id());
  }

  @Test
  void aSpeakerSelectedAfterAReorderingJoinsTheEnd() {
    Speaker dina = speaker("Dina", "UTC");
    SpeakerRequest d = requested(dina);
    RunningOrderSet reordered =
        new RunningOrderSet(
            EDITION,
            SESSION.id(),
            SESSION.titles(),
            SESSION.startsAt(),
            NEW_YORK,
            List.of(
                turn(c, chen, 1, "PT5M", "14:00"),
                turn(a, amal, 2, "PT3M", "14:05"),
                turn(b, bruno, 3, "PT3M", "14:08")),
            ORGANISER,
            NOW);
    HearingEvent[] history = {
      selected(a, amal, 1, "14:00"),
      selected(b, bruno, 2, "14:03"),
      selected(c, chen, 3, "14:06"),
      reordered
    };

    given(this::session, history)
        .when(speakers -> speakers.select(d, dina, ORGANISER, NOW))
        .then(selected(d, dina, 4, "14:11"));
  }

  @Test
  void settingTheSameOrderAgainRecordsNothing() {
    given(this::session, threeSelected())
        .when(order -> order.setRunningOrder(List.of(a.id(), b.id(), c.id()), Map.of(), "x", NOW))
        .then();
  }

  @Test
  void aRunningOrderMustListExactlyTheSelectedSpeakers() {
    UUID stranger = UUID.randomUUID();
    given(this::session, threeSelected())
        .when(order -> order.setRunningOrder(List.of(a.id(), b.id(), stranger), Map.of(), "x", NOW))
        .thenRefused(RunningOrderMismatch.class)
        .extracting("properties")
        .isEqualTo(
            Map.of(
                "missing",
                List.of(c.id().toString()),
                "notSelected",
                List.of(stranger.toString()),
                "selected",
                List.of(a.id().toString(), b.id().toString(), c.id().toString())));
  }

  @Test
  void someoneTwiceOrATimeLimitOutOfRangeIsMalformed() {
    given(this::session, threeSelected())
        .when(
            order ->
                order.setRunningOrder(List.of(a.id(), b.id(), c.id(), a.id()), Map.of(), "x", NOW))
        .thenRefused(IllegalArgumentException.class);
    given(this::session, threeSelected())
        .when(
            order ->
                order.setRunningOrder(
                    List.of(a.id(), b.id(), c.id()),
                    Map.of(a.id(), Duration.ofMinutes(16)),
                    "x",
                    NOW))
        .thenRefused(IllegalArgumentException.class);
    given(this::session, threeSelected())
        .when(
            order ->
                order.setRunningOrder(
                    List.of(a.id(), b.id()), Map.of(c.id(), Duration.ofMinutes(2)), "x", NOW))
        .thenRefused(IllegalArgumentException.class);
  }

  @Test
  void aDeclinedSpeakerLeavesTheOrderAndThoseAfterMoveUp() {
    var speakers =
        given(this::session, threeSelected())
            .when(order -> order.decline(selectedNow(b), "Time is short", ORGANISER, NOW))
            .then(
                new SpeakerDeclined(
                    b.id(),
                    EDITION,
                    SESSION.id(),
                    SESSION.titles(),
                    bruno.participantId(),
                    true,
                    "Time is short",
                    ORGANISER,
                    NOW));
    assertThat(speakers.order()).containsExactly(a.id(), c.id());
  }

  @Test
  void aRequestStillToBeDecidedIsDeclinedWithoutBeingSelected() {
    given(this::session)
        .when(order -> order.decline(a, "Region already represented", ORGANISER, NOW))
        .then(
            new SpeakerDeclined(
                a.id(),
                EDITION,
                SESSION.id(),
                SESSION.titles(),
                amal.participantId(),
                false,
                "Region already represented",
                ORGANISER,
                NOW));
  }

  @Test
  void aDecisionThatDoesNotApplyIsRefused() {
    given(this::session, threeSelected())
        .when(order -> order.select(selectedNow(a), amal, ORGANISER, NOW))
        .thenRefused(DecisionNotPossible.class);
    SpeakerRequest declined = a.declined("No", ORGANISER, NOW);
    given(this::session)
        .when(order -> order.decline(declined, "Again", ORGANISER, NOW))
        .thenRefused(DecisionNotPossible.class);
    given(this::session)
        .when(order -> order.select(declined, amal, ORGANISER, NOW))
        .thenRefused(DecisionNotPossible.class);
  }

  @Test
  void thePlannedOrderOfTheSessionEndsWhenTheLastSpeakerHasUsedTheirTime() {
    RunningOrder order =
        RunningOrder.plan(
            SESSION,
            List.of(
                view(selectedNow(a), amal, null),
                view(selectedNow(b), bruno, Duration.ofMinutes(5)),
                view(selectedNow(c), chen, null)));

    assertThat(order.slots()).extracting(RunningOrder.Slot::place).containsExactly(1, 2, 3);
    assertThat(order.slots())
        .extracting(RunningOrder.Slot::plannedStartAt)
        .containsExactly(at("14:00"), at("14:03"), at("14:08"));
    assertThat(order.slots())
        .extracting(RunningOrder.Slot::ownSpeakingTime)
        .containsExactly(false, true, false);
    assertThat(order.plannedEndAt()).isEqualTo(at("14:11"));
    assertThat(RunningOrder.plan(SESSION, List.of()).plannedEndAt()).isEqualTo(at("14:00"));
  }

  SessionSpeakers session() {
    return new SessionSpeakers(SESSION, NEW_YORK);
  }

  HearingEvent[] threeSelected() {
    return new HearingEvent[] {
      selected(a, amal, 1, "14:00"), selected(b, bruno, 2, "14:03"), selected(c, chen, 3, "14:06")
    };
  }

  static SpeakerSelected selected(
      SpeakerRequest request, Speaker speaker, int position, String startUtc) {
    return new SpeakerSelected(
        request.id(),
        EDITION,
        SESSION.id(),
        SESSION.titles(),
        SESSION.startsAt(),
        NEW_YORK,
        speaker.participantId(),
        speaker.timeZone().getId(),
        position,
        "PT3M",
        at(startUtc),
        ORGANISER,
        NOW);
  }

  static RunningOrderSet.Turn turn(
      SpeakerRequest request, Speaker speaker, int position, String time, String startUtc) {
    return new RunningOrderSet.Turn(
        request.id(), speaker.participantId(), position, time, at(startUtc));
  }

  static Instant at(String utc) {
    return Instant.parse("2026-05-04T" + utc + ":00Z");
  }

  static Speaker speaker(String name, String zone) {
    return new Speaker(
        UUID.randomUUID(),
        name,
        "An organisation",
        "KE",
        "africa",
        Category.CIVIL_SOCIETY_ECOSOC,
        LivedExperience.NOT_SAID,
        ZoneId.of(zone));
  }

  static SpeakerRequest requested(Speaker speaker) {
    return new SpeakerRequest(
        UUID.randomUUID(),
        EDITION,
        SESSION.id(),
        speaker.participantId(),
        List.of(13),
        "A statement",
        null,
        SpeakerRequest.Status.REQUESTED,
        null,
        null,
        "participant",
        NOW,
        null,
        null,
        null);
  }

  static SpeakerRequest selectedNow(SpeakerRequest request) {
    return request.selected(1, ORGANISER, NOW);
  }

  static RequestView view(SpeakerRequest request, Speaker speaker, Duration ownTime) {
    SpeakerRequest withTime =
        new SpeakerRequest(
            request.id(),
            request.editionId(),
            request.sessionId(),
            request.participantId(),
            request.objectives(),
            request.summary(),
            request.gender(),
            request.status(),
            request.position(),
            ownTime,
            request.requestedBy(),
            request.requestedAt(),
            request.decidedBy(),
            request.decidedAt(),
            request.declineReason());
    return new RequestView(withTime, SESSION.titles(), speaker, null);
  }
}
