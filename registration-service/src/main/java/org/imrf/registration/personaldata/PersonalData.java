package org.imrf.registration.personaldata;

import java.util.UUID;

/**
 * What a feature holds about participants beyond their registration (hearing requests, badges,
 * check-ins): exported with the rest when a participant asks for everything held about them, and
 * forgotten when they ask for erasure. Each feature that keeps personal data provides one.
 */
public interface PersonalData {

  /** The section of the export this feature's data appears under, e.g. {@code hearing}. */
  String section();

  /**
   * Everything the feature holds about the participant, as values the API writes as JSON (records,
   * lists, maps, strings); an empty list when it holds nothing.
   */
  Object export(UUID participantId);

  /**
   * Forgets the participant, in the caller's transaction: deletes or anonymises whatever identifies
   * them, keeping only what counts need (a check-in's time and category, say).
   */
  void erase(UUID participantId);
}
