package org.imrf.registration.participant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every participant of every edition, as registration reads and changes them. */
interface ParticipantRepository {

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

  /** These participants, in this order (those not found left out). */
  List<Participant> findAll(List<UUID> ids);
}
