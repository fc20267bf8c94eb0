package org.imrf.registration.badge;

import java.time.Instant;
import java.util.Map;
import org.imrf.registration.participant.Category;

/**
 * How many of an edition's in-person participants are in.
 *
 * @param editionId the edition
 * @param total checked in, and expected: those checked in plus the registered in-person
 *     participants not yet checked in
 * @param byCategory the same for each category, every category listed
 * @param at when counted
 */
public record CheckInCounts(
    String editionId,
    CheckInCounts.Tally total,
    Map<Category, CheckInCounts.Tally> byCategory,
    Instant at) {

  /** Checked in and expected, for one category or in all. */
  public record Tally(long checkedIn, long expected) {}
}
