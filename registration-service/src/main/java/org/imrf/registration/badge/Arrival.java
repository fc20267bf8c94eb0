package org.imrf.registration.badge;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.imrf.backbone.domain.Aggregate;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.ParticipantSummary;

/**
 * A participant's arrival at the venue: the first scan of their badge in force checks them in, if
 * they may enter; any later scan records nothing.
 */
final class Arrival extends Aggregate<CheckInEvent> {

  /**
   * Whom a badge admits, as their registration says now.
   *
   * @param notAdmitted why they may not enter, if so
   */
  record Entrant(
      UUID participantId,
      String editionId,
      Category category,
      Optional<NotAdmitted.Reason> notAdmitted) {

    static Entrant of(ParticipantSummary participant) {
      return new Entrant(
          participant.id(),
          participant.editionId(),
          participant.category(),
          NotAdmitted.reason(participant));
    }
  }

  private final UUID participantId;
  private boolean checkedIn;

  /** A participant not yet checked in. */
  Arrival(UUID participantId) {
    this.participantId = participantId;
  }

  /** The participant, checked in if their arrival is stored. */
  static Arrival of(UUID participantId, Optional<CheckIn> stored) {
    Arrival arrival = new Arrival(participantId);
    arrival.checkedIn = stored.isPresent();
    return arrival;
  }

  boolean checkedIn() {
    return checkedIn;
  }

  /**
   * Checks the entrant in with their badge, unless they are in already.
   *
   * @throws BadgeReplaced if the badge was replaced by a newer one
   * @throws NotAdmitted if the badge was withdrawn, or its participant may not (or no longer) enter
   */
  void checkIn(Badge badge, Entrant entrant, String actor, Instant at) {
    if (badge.revokedBecause() == Badge.Revocation.REISSUED) {
      throw new BadgeReplaced();
    }
    NotAdmitted.requireBadgeInForce(badge);
    NotAdmitted.requireEntry(entrant.notAdmitted());
    if (checkedIn) {
      return;
    }
    record(
        new ParticipantCheckedIn(
            participantId, entrant.editionId(), entrant.category().code(), actor, at));
  }

  @Override
  protected void apply(CheckInEvent event) {
    if (event instanceof ParticipantCheckedIn) {
      checkedIn = true;
    }
  }
}
