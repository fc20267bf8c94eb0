package org.imrf.registration.hearing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The hearing sessions of every edition. */
interface HearingSessions {

  void add(HearingSession session, String actor);

  /** The edition's session with this id. */
  Optional<HearingSession> find(String editionId, UUID id);

  /**
   * The session, locked until the end of the transaction: every change to its running order takes
   * this lock first, then the requests' own.
   */
  Optional<HearingSession> findForChange(String editionId, UUID id);

  /** The edition's sessions, earliest first. */
  List<HearingSession> ofEdition(String editionId);

  /** Saves a session read with {@link #findForChange} at the version before its own. */
  void update(HearingSession session, String actor, Instant at);

  /** Records who set the session's running order, and when. */
  void runningOrderSet(UUID id, String actor, Instant at);
}
