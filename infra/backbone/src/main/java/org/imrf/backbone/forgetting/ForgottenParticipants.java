package org.imrf.backbone.forgetting;

import java.util.UUID;

/** The ids of the participants a service has forgotten, and nothing else about them. */
interface ForgottenParticipants {

  /**
   * Records that the participant is forgotten, in the caller's transaction.
   *
   * @return false if they had been already
   */
  boolean record(UUID participantId);

  boolean contains(UUID participantId);
}
