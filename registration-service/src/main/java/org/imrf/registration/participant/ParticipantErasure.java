package org.imrf.registration.participant;

import java.time.Instant;
import java.util.UUID;

/** The participant feature's part of erasing someone's personal data; personal data asks for it. */
public interface ParticipantErasure {

  /**
   * Forgets who the participant is, in the caller's transaction, which found and locked them
   * ({@link ParticipantLookup#lockForChange}): only what the counts need stays, and an event tells
   * the other services to forget them too. Erasing twice changes nothing.
   *
   * @return the anonymous record, as shown to the participant
   */
  ParticipantView erase(UUID id, String requestedBy, Instant now);
}
