package org.imrf.registration.hearing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.imrf.backbone.domain.Aggregate;

/**
 * One session's speakers: organisers select requests (the speaker joins the end of the running
 * order), decline them (a selected speaker leaves it) and reorder it, each speaker planned to start
 * when the ones before have used their time. Holds only selected speakers who still take part.
 */
final class SessionSpeakers extends Aggregate<HearingEvent> {

  /**
   * A selected speaker's turn.
   *
   * @param ownSpeakingTime a time limit of their own, else null (the session's)
   */
  record Turn(UUID requestId, UUID participantId, ZoneId timeZone, Duration ownSpeakingTime) {}

  private final HearingSession session;
  private final String editionTimeZone;
  private final List<Turn> turns = new ArrayList<>();

  /** A session nobody is selected for yet; its times are shown in the edition's time zone. */
  SessionSpeakers(HearingSession session, String editionTimeZone) {
    this.session = session;
    this.editionTimeZone = editionTimeZone;
  }

  /** The session with its selected speakers who still take part, in running order. */
  static SessionSpeakers of(
      HearingSession session, String editionTimeZone, List<RequestView> selected) {
    SessionSpeakers speakers = new SessionSpeakers(session, editionTimeZone);
    for (RequestView view : selected) {
      speakers.turns.add(
          new Turn(
              view.request().id(),
              view.speaker().participantId(),
              view.speaker().timeZone(),
              view.request().speakingTime()));
    }
    return speakers;
  }

  /** The selected requests, in running order. */
  List<UUID> order() {
    return turns.stream().map(Turn::requestId).toList();
  }

  /**
   * Selects a request still to be decided: its speaker joins the end of the running order.
   *
   * @throws DecisionNotPossible unless it is still to be decided
   */
  void select(SpeakerRequest request, Speaker speaker, String actor, Instant at) {
    if (request.status() != SpeakerRequest.Status.REQUESTED) {
      throw new DecisionNotPossible(request, "selected");
    }
    record(
        new SpeakerSelected(
            request.id(),
            session.editionId(),
            session.id(),
            session.titles(),
            session.startsAt(),
            editionTimeZone,
            speaker.participantId(),
            speaker.timeZone().getId(),
            turns.size() + 1,
            session.speakingTime().toString(),
            plannedEnd(turns),
            actor,
            at));
  }

  /**
   * Declines an open request, with the reason the speaker is told.
   *
   * @throws DecisionNotPossible if it was declined already
   */
  void decline(SpeakerRequest request, String reason, String actor, Instant at) {
    if (!request.status().open()) {
      throw new DecisionNotPossible(request, "declined");
    }
    record(
        new SpeakerDeclined(
            request.id(),
            session.editionId(),
            session.id(),
            session.titles(),
            request.participantId(),
            request.status() == SpeakerRequest.Status.SELECTED,
            reason,
            actor,
            at));
  }

  /**
   * Sets the running order; changing nothing records nothing.
   *
   * @param order every selected request, once each, in speaking order
   * @param speakingTimes time limits of their own for some of them (1 to 15 minutes)
   * @throws IllegalArgumentException if a request is listed twice, a time limit is for a request
   *     not listed or out of range (the API refuses these first)
   * @throws RunningOrderMismatch unless the order lists exactly the selected speakers
   */
  void setRunningOrder(
      List<UUID> order, Map<UUID, Duration> speakingTimes, String actor, Instant at) {
    if (new LinkedHashSet<>(order).size() != order.size()
        || !order.containsAll(speakingTimes.keySet())
        || !speakingTimes.values().stream().allMatch(HearingSession::allowedSpeakingTime)) {
      throw new IllegalArgumentException("Malformed running order " + order + speakingTimes);
    }
    List<UUID> selected = order();
    Set<UUID> missing = new LinkedHashSet<>(selected);
    order.forEach(missing::remove);
    Set<UUID> notSelected = new LinkedHashSet<>(order);
    selected.forEach(notSelected::remove);
    if (!missing.isEmpty() || !notSelected.isEmpty()) {
      throw new RunningOrderMismatch(missing, notSelected, selected);
    }
    boolean unchanged =
        selected.equals(order)
            && turns.stream()
                .allMatch(
                    turn ->
                        Objects.equals(
                            turn.ownSpeakingTime(), speakingTimes.get(turn.requestId())));
    if (unchanged) {
      return;
    }
    Map<UUID, Turn> byRequest = new LinkedHashMap<>();
    turns.forEach(turn -> byRequest.put(turn.requestId(), turn));
    List<RunningOrderSet.Turn> planned = new ArrayList<>();
    Instant next = session.startsAt();
    for (UUID id : order) {
      Duration time = Objects.requireNonNullElse(speakingTimes.get(id), session.speakingTime());
      planned.add(
          new RunningOrderSet.Turn(
              id, byRequest.get(id).participantId(), planned.size() + 1, time.toString(), next));
      next = next.plus(time);
    }
    record(
        new RunningOrderSet(
            session.editionId(),
            session.id(),
            session.titles(),
            session.startsAt(),
            editionTimeZone,
            planned,
            actor,
            at));
  }

  @Override
  protected void apply(HearingEvent event) {
    if (event instanceof SpeakerSelected selected) {
      turns.add(
          new Turn(
              selected.requestId(),
              selected.participantId(),
              ZoneId.of(selected.speakerTimeZone()),
              null));
    } else if (event instanceof SpeakerDeclined declined) {
      turns.removeIf(turn -> turn.requestId().equals(declined.requestId()));
    } else if (event instanceof RunningOrderSet set) {
      Map<UUID, Turn> byRequest = new LinkedHashMap<>();
      turns.forEach(turn -> byRequest.put(turn.requestId(), turn));
      turns.clear();
      for (RunningOrderSet.Turn turn : set.speakers()) {
        Turn before = byRequest.get(turn.requestId());
        Duration time = Duration.parse(turn.speakingTime());
        // the event carries each speaker's time, not whether it is their own
        turns.add(
            new Turn(
                turn.requestId(),
                turn.participantId(),
                before.timeZone(),
                time.equals(session.speakingTime()) ? null : time));
      }
    }
  }

  private Instant plannedEnd(List<Turn> turns) {
    Instant end = session.startsAt();
    for (Turn turn : turns) {
      end = end.plus(Objects.requireNonNullElse(turn.ownSpeakingTime(), session.speakingTime()));
    }
    return end;
  }
}
