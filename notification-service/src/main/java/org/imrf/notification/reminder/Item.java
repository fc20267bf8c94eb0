package org.imrf.notification.reminder;

import java.time.Instant;
import java.util.Objects;
import org.imrf.backbone.language.MultilingualText;

/**
 * A part of the programme someone is reminded of.
 *
 * @param key names it among all items: {@code speaking-turn:<session>} or {@code
 *     segment:<edition>:<kind>:<English title>:<rank>}
 * @param kind {@code speaking-turn} or {@code segment}
 * @param editionId the edition it belongs to
 * @param titles its title (the session's, the segment's) in each language given
 * @param venueZone where the forum is held, whose clock the programme is set by
 * @param startsAt when it starts
 * @param endsAt when it ends; null for a speaking turn
 */
record Item(
    String key,
    String kind,
    String editionId,
    MultilingualText titles,
    String venueZone,
    Instant startsAt,
    Instant endsAt) {

  static final String SPEAKING_TURN = "speaking-turn";
  static final String SEGMENT = "segment";

  static Item speakingTurn(
      String sessionId,
      String editionId,
      MultilingualText titles,
      String venueZone,
      Instant plannedStartAt) {
    return new Item(
        SPEAKING_TURN + ":" + sessionId,
        SPEAKING_TURN,
        editionId,
        titles,
        venueZone,
        plannedStartAt,
        null);
  }

  /** Whether it is at the same times, and titled and placed the same, as another. */
  boolean sameAs(Item other) {
    return startsAt.equals(other.startsAt)
        && Objects.equals(endsAt, other.endsAt)
        && titles.equals(other.titles)
        && venueZone.equals(other.venueZone);
  }
}
