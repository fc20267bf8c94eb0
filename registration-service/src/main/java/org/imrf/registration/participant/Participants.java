package org.imrf.registration.participant;

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

  /** The participant registered for the edition with this address (compared in lower case). */
  Optional<Participant> findByEmail(String editionId, String email);
}
