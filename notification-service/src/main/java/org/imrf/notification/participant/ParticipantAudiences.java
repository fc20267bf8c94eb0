package org.imrf.notification.participant;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The participants a message to many reaches, read a chunk at a time. */
public interface ParticipantAudiences {

  /**
   * The next recipients of an audience, in the order of their ids.
   *
   * @param after the last id of the previous chunk; null for the first
   * @param limit at most this many
   */
  List<Recipient> chunk(Audience audience, UUID after, int limit);

  /** How many the audience reaches, by language (ISO 639-1); languages with none left out. */
  Map<String, Long> countByLanguage(Audience audience);
}
