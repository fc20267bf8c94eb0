package org.imrf.registration.participant;

import java.util.UUID;
import org.imrf.registration.edition.Edition;

/**
 * What registering and cancelling need from personal access links; the access-link feature provides
 * it, so that registration depends on no feature that depends on it.
 */
public interface ParticipantAccessLinks {

  /** Issues the link a new registration answers with, in the caller's transaction. */
  AccessLink issueOnRegistration(UUID participantId, Edition edition, String actor);

  /**
   * Revokes every link of a participant the caller has already found (and locked), in its
   * transaction.
   */
  void revokeAllOf(UUID participantId, String actor);
}
