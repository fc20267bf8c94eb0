package org.imrf.notification.rescheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imrf.backbone.language.MultilingualText;

/**
 * A rescheduling as this service reads it, whichever version of the event carried it, and what it
 * moved.
 *
 * @param editionId the edition
 * @param titles its title in each language given
 * @param venueZone where its programme is set
 * @param previous its schedule before
 * @param current its schedule now
 * @param titlesInEnglishOnly whether the event's version carried titles in English alone
 */
record Rescheduling(
    String editionId,
    MultilingualText titles,
    ZoneId venueZone,
    Schedule previous,
    Schedule current,
    boolean titlesInEnglishOnly) {

  /** The days, either of which may be unset, and the programme. */
  record Schedule(LocalDate startsOn, LocalDate endsOn, List<Segment> programme) {

    Schedule {
      programme = List.copyOf(programme);
    }

    boolean sameDays(Schedule other) {
      return Objects.equals(startsOn, other.startsOn) && Objects.equals(endsOn, other.endsOn);
    }

    boolean dated() {
      return startsOn != null && endsOn != null;
    }
  }

  /** A segment: its kind, titles and times. */
  record Segment(String kind, MultilingualText titles, Instant startsAt, Instant endsAt) {

    /** Segments have no ids: one is the same as another if its kind and English title are. */
    String identity() {
      return kind + "\n" + titles.english();
    }

    boolean sameTimes(Segment other) {
      return startsAt.equals(other.startsAt) && endsAt.equals(other.endsAt);
    }
  }

  /** A segment that moved: as it was, and as it is. */
  record Move(Segment before, Segment after) {}

  /**
   * What moved.
   *
   * @param daysMoved whether the edition's days changed
   * @param moved each segment that moved
   * @param added segments new to the programme
   * @param dropped segments no longer in it
   */
  record Changes(boolean daysMoved, List<Move> moved, List<Segment> added, List<Segment> dropped) {

    boolean none() {
      return !daysMoved && moved.isEmpty() && added.isEmpty() && dropped.isEmpty();
    }
  }

  /**
   * What moved between the two schedules. A segment is matched by kind and English title, in order
   * among those that share them; one renamed and moved at once is dropped and added.
   */
  Changes changes() {
    Map<String, List<Segment>> before = new LinkedHashMap<>();
    previous
        .programme()
        .forEach(s -> before.computeIfAbsent(s.identity(), k -> new ArrayList<>()).add(s));
    List<Move> moved = new ArrayList<>();
    List<Segment> added = new ArrayList<>();
    for (Segment now : current.programme()) {
      List<Segment> candidates = before.get(now.identity());
      if (candidates == null || candidates.isEmpty()) {
        added.add(now);
        continue;
      }
      Segment then = candidates.remove(0);
      if (!then.sameTimes(now)) {
        moved.add(new Move(then, now));
      }
    }
    List<Segment> dropped = before.values().stream().flatMap(List::stream).toList();
    return new Changes(!previous.sameDays(current), moved, added, dropped);
  }
}
