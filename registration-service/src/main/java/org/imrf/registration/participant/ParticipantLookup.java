package org.imrf.registration.participant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** How other features read participants: never to change them, at most to lock one. */
public interface ParticipantLookup {

  /** Who the participant is and where they stand. */
  Optional<ParticipantSummary> find(UUID id);

  /** The live participant registered for the edition with this address, in any case. */
  Optional<ParticipantSummary> findByEmail(String editionId, String email);

  /**
   * The participant, its row locked until the caller's transaction ends: serialises what another
   * feature does for one participant (issuing a badge, erasing) with every change to them.
   */
  Optional<ParticipantSummary> lockForChange(UUID id);

  /** Every detail of the participant, as shown to organisers and to themselves. */
  Optional<ParticipantView> findAsShown(UUID id);

  /** These participants as shown to organisers, in this order (those not found left out). */
  List<ParticipantView> findAllAsShown(List<UUID> ids);
}
