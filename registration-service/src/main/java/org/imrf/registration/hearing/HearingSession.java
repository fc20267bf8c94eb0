package org.imrf.registration.hearing;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;

/**
 * A thematic session of an edition's hearing, in which selected stakeholders speak in turn.
 *
 * @param id assigned when organisers set it up
 * @param editionId the edition
 * @param titles its title, in each UN language given
 * @param themes what it is about, in each UN language given; null if not said
 * @param startsAt when its first speaker takes the floor
 * @param speakingTime each speaker's time limit, unless the running order gives them another
 * @param demo whether it is demonstration data
 * @param version increases with every change, for If-Match
 */
public record HearingSession(
    UUID id,
    String editionId,
    MultilingualText titles,
    MultilingualText themes,
    Instant startsAt,
    Duration speakingTime,
    boolean demo,
    int version) {

  /** Comparable UN meetings give 3 to 5 minutes; the IMRF's own limit is not confirmed. */
  public static final Duration DEFAULT_SPEAKING_TIME = Duration.ofMinutes(3);

  public static final Duration SHORTEST_SPEAKING_TIME = Duration.ofMinutes(1);
  public static final Duration LONGEST_SPEAKING_TIME = Duration.ofMinutes(15);

  /** Whether a speaking time is one organisers may set: whole seconds, 1 to 15 minutes. */
  public static boolean allowedSpeakingTime(Duration time) {
    return time.getNano() == 0
        && time.compareTo(SHORTEST_SPEAKING_TIME) >= 0
        && time.compareTo(LONGEST_SPEAKING_TIME) <= 0;
  }

  /** Its English title, which readers of an untranslated language get. */
  public String title() {
    return titles.english();
  }

  HearingSession changed(
      MultilingualText titles, MultilingualText themes, Instant startsAt, Duration speakingTime) {
    return new HearingSession(
        id, editionId, titles, themes, startsAt, speakingTime, demo, version + 1);
  }
}
