package org.imrf.registration.edition;

/** Someone else changed the edition since the caller read it. */
public class EditionChangedMeanwhile extends RuntimeException {

  public EditionChangedMeanwhile(String id) {
    super(
        "Edition '"
            + id
            + "' was changed by someone else since you read it: read it again, then change it");
  }
}
