package org.imrf.registration.participant.web;

import java.util.UUID;
import org.imrf.backbone.security.Caller;
import org.imrf.registration.participant.ParticipantNotFound;

/** The object-level rule of a participant's own endpoints: theirs and the organisers'. */
public final class ActingFor {

  private ActingFor() {}

  /**
   * The current caller, if they may act for the participant.
   *
   * @throws ParticipantNotFound otherwise: another participant's registration does not exist for
   *     you
   */
  public static Caller participant(UUID id) {
    Caller caller = Caller.current();
    if (!caller.actsFor(id)) {
      throw new ParticipantNotFound(id);
    }
    return caller;
  }

  /** Who acts, as events record it: an organiser by name, else {@code participant}. */
  public static String actor(Caller caller) {
    return caller.isOrganiser() ? caller.actor() : "participant";
  }
}
