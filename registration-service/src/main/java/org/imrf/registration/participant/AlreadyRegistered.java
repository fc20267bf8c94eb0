package org.imrf.registration.participant;

/** One registration per edition and email address. */
public class AlreadyRegistered extends RuntimeException {

  public AlreadyRegistered(String editionId) {
    super("This email address is already registered for " + editionId);
  }
}
