package org.imrf.registration.participant;

/** The request names an edition the forum does not hold. */
public class UnknownEdition extends RuntimeException {

  private final String editionId;

  public UnknownEdition(String editionId) {
    super("There is no forum edition '" + editionId + "'");
    this.editionId = editionId;
  }

  public String editionId() {
    return editionId;
  }
}
