package org.imrf.registration.participant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every participant of every edition. */
public interface Participants {

  /**
   * Adds a new participant.
   *
   * @throws AlreadyRegistered if the email is registered for that edition already
   */
  void add(Participant participant);

  Optional<Participant> find(UUID id);

  /** The participant, locked until the end of the transaction, for a change. */
  Optional<Participant> findForChange(UUID id);

  /**
   * Saves a changed participant read with {@link #findForChange}, incrementing its version.
   *
   * @return the participant as saved
   */
  Participant save(Participant participant);

  /** The live participant registered for the edition with this address (lower case). */
  Optional<Participant> findByEmail(String editionId, String email);

  /**
   * Serialises decisions about one organisation's in-person places until the end of the
   * transaction. Organisations are compared by {@link Organisations#key}.
   */
  void lockOrganisation(String editionId, String organisation);

  /** How many of the organisation's live participants attend in person. */
  int inPersonPlacesHeld(String editionId, String organisation);

  /** The organisation's live waiting list, first come first. */
  List<Participant> waitingList(String editionId, String organisation);

  /** Provisional approvals whose non-objection period ended, locked, skipping any locked. */
  List<Participant> objectionPeriodsEnded(Instant now, int limit);

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
