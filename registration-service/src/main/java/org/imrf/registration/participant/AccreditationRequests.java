package org.imrf.registration.participant;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a registration that needs accreditation starts its track; the accreditation feature
 * provides it, so that registration depends on no feature that depends on it.
 */
public interface AccreditationRequests {

  /** Records, in the caller's transaction, that the participant's accreditation was requested. */
  void requested(UUID participantId, String actor, Instant at);
}
