package org.imrf.notification.participant;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The participants this service has heard of. */
interface KnownParticipants {

  /** Adds or replaces what is known of a participant. */
  void save(KnownParticipant participant);

  Optional<KnownParticipant> find(UUID id);

  /** The organisations of those participants who name one, by participant. */
  Map<UUID, String> organisations(Collection<UUID> ids);

  /** Everyone registered for an edition who has not cancelled. */
  List<KnownParticipant> ofEdition(String editionId);

  /**
   * Writes to a participant in the language they chose (null: their registration's) from now on;
   * false if they are not known.
   */
  boolean chooseLanguage(UUID id, String language);

  /** Deletes what is known of a participant. */
  void forget(UUID id);
}
