package org.imrf.registration.participant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** How other features read participants: never to change them, at most to lock one. */
public interface ParticipantLookup {

  Optional<Participant> find(UUID id);

  /** These participants, in this order (those not found left out). */
  List<Participant> findAll(List<UUID> ids);

  /** The live participant registered for the edition with this address, in any case. */
  Optional<Participant> findByEmail(String editionId, String email);

  /**
   * The participant, its row locked until the caller's transaction ends: serialises what another
   * feature does for one participant (issuing a badge, erasing) with every change to them.
   */
  Optional<Participant> lockForChange(UUID id);
}
