package org.imrf.registration.edition;

import java.time.Instant;
import org.imrf.backbone.language.MultilingualText;

/**
 * One part of the programme.
 *
 * @param kind hearing, round table, policy debate, plenary or side events
 * @param titles its title in each UN language it was given in
 * @param startsAt when it starts
 * @param endsAt when it ends, after it starts
 */
public record Segment(SegmentKind kind, MultilingualText titles, Instant startsAt, Instant endsAt) {

  /** Whether it is held at the same times as another, whatever their titles. */
  boolean sameTimes(Segment other) {
    return kind == other.kind && startsAt.equals(other.startsAt) && endsAt.equals(other.endsAt);
  }
}
