package org.imrf.registration.accreditation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Participants' accreditations and the decisions that led there. */
interface AccreditationRepository {

  /** The participant's accreditation, locked until the end of the transaction, for a change. */
  Optional<AccreditationCase> findForChange(UUID participantId);

  /** Provisional approvals whose non-objection period ended, locked, skipping any locked. */
  List<AccreditationCase> objectionPeriodsEnded(Instant now, int limit);

  /** Saves where an accreditation read with {@link #findForChange} now stands. */
  void save(AccreditationCase accreditation, Instant now);

  /** Records an accreditation decision or objection. */
  void addDecision(AccreditationDecision decision);

  /** A participant's accreditation decisions and objections, oldest first. */
  List<AccreditationDecision> decisions(UUID participantId);

  /**
   * Clears the free text of a participant's accreditation decisions (reasons may describe them);
   * who decided what, and when, stays.
   */
  void forgetDecisionReasons(UUID participantId);
}
