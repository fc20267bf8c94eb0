package org.imrf.registration.hearing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A session's selected speakers in the order they take the floor, each planned to start when the
 * one before has used their full time: the session's start plus the time limits before them.
 *
 * @param session the session
 * @param slots the speakers, in order
 */
public record RunningOrder(HearingSession session, List<Slot> slots) {

  public RunningOrder {
    slots = List.copyOf(slots);
  }

  /**
   * One speaker's turn.
   *
   * @param place from 1
   * @param request the request to speak
   * @param speaker who speaks
   * @param speakingTime their time limit
   * @param ownSpeakingTime whether the running order gives them a time limit of their own
   * @param plannedStartAt when they are planned to take the floor
   */
  public record Slot(
      int place,
      SpeakerRequest request,
      Speaker speaker,
      Duration speakingTime,
      boolean ownSpeakingTime,
      Instant plannedStartAt) {

    public Instant plannedEndAt() {
      return plannedStartAt.plus(speakingTime);
    }
  }

  /** Plans the turns of a session's selected speakers, given in order. */
  public static RunningOrder plan(HearingSession session, List<RequestView> selected) {
    List<Slot> slots = new ArrayList<>();
    Instant next = session.startsAt();
    for (RequestView view : selected) {
      Duration own = view.request().speakingTime();
      Duration time = Objects.requireNonNullElse(own, session.speakingTime());
      slots.add(
          new Slot(slots.size() + 1, view.request(), view.speaker(), time, own != null, next));
      next = next.plus(time);
    }
    return new RunningOrder(session, slots);
  }

  /** When the last speaker is planned to finish; the session's start if nobody speaks. */
  public Instant plannedEndAt() {
    return slots.isEmpty() ? session.startsAt() : slots.get(slots.size() - 1).plannedEndAt();
  }
}
