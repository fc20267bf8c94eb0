package org.imrf.registration.participant;

import java.util.UUID;

/** No such participant, or not one the caller may see. */
public class ParticipantNotFound extends RuntimeException {

  public ParticipantNotFound(UUID id) {
    super("There is no participant " + id);
  }
}
