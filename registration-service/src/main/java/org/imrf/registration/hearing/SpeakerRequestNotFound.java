package org.imrf.registration.hearing;

import java.util.UUID;
import org.imrf.backbone.problems.DomainProblem;

/**
 * No such request to speak in the edition, none the caller may see, or one whose speaker no longer
 * takes part.
 */
public class SpeakerRequestNotFound extends DomainProblem.NotFound {

  public SpeakerRequestNotFound(String editionId, UUID id) {
    super("Request to speak not found", "The hearing of " + editionId + " has no request " + id);
  }
}
