package org.imrf.backbone.forgetting;

import java.util.UUID;

/**
 * A feature's part in forgetting an erased participant: a bean that deletes what the feature holds
 * about them. Declaring one switches the forgetting facility on.
 */
public interface ForgetsParticipants {

  /**
   * Deletes everything the feature holds about the participant; runs once per participant, in the
   * transaction that records the erasure.
   */
  void forget(UUID participantId);
}
