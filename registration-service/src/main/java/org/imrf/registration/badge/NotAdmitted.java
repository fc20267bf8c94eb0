package org.imrf.registration.badge;

import java.util.Map;
import java.util.Optional;
import org.imrf.backbone.problems.DomainProblem;
import org.imrf.registration.participant.Attendance;
import org.imrf.registration.participant.ParticipantSummary;

/**
 * The participant gets no badge, or cannot be checked in, and why (property {@code reason}): only
 * live participants who take part (accredited, or needing no accreditation) and attend in person
 * do.
 */
class NotAdmitted extends DomainProblem.Conflict {

  /** Why a participant is not admitted: a code for clients and a sentence for people. */
  record Reason(String code, String detail) {}

  private NotAdmitted(String title, Reason reason) {
    super(title, reason.detail(), Map.of("reason", reason.code()));
  }

  /** Refuses a badge to a participant who may have none. */
  static void requireBadge(ParticipantSummary participant) {
    reason(participant)
        .ifPresent(
            reason -> {
              throw new NotAdmitted("No badge", reason);
            });
  }

  /** Refuses to check in a participant who may not (or no longer) enter, for this reason. */
  static void requireEntry(Optional<Reason> notAdmitted) {
    notAdmitted.ifPresent(
        reason -> {
          throw new NotAdmitted("Cannot check in", reason);
        });
  }

  /** Refuses a badge withdrawn when its participant's personal data was erased. */
  static void requireBadgeInForce(Badge badge) {
    if (badge.revokedBecause() == Badge.Revocation.ERASED) {
      throw new NotAdmitted(
          "Cannot check in",
          new Reason("erased", "This badge's participant had their personal data erased"));
    }
  }

  /** Why the participant may have no badge, if so. */
  static Optional<Reason> reason(ParticipantSummary participant) {
    String who = "Participant " + participant.id();
    switch (participant.status()) {
      case ERASED:
        return Optional.of(new Reason("erased", who + "'s personal data was erased"));
      case CANCELLED:
        return Optional.of(new Reason("cancelled", who + " cancelled their registration"));
      case REFUSED:
        return Optional.of(new Reason("refused", who + "'s accreditation was refused"));
      case AWAITING_ACCREDITATION:
        return Optional.of(
            new Reason(
                "awaiting-accreditation",
                who
                    + "'s accreditation is still to be decided ("
                    + participant.accreditation().code()
                    + "): the badge comes once it is granted"));
      default:
        break;
    }
    if (participant.attendance() == Attendance.ONLINE) {
      return Optional.of(
          new Reason("online", who + " attends online: badges are for those who come in person"));
    }
    if (participant.attendance() == Attendance.WAITING_LIST) {
      return Optional.of(
          new Reason(
              "waiting-list",
              who
                  + " is on "
                  + participant.organisation()
                  + "'s waiting list for an in-person place: the badge comes with the place"));
    }
    return Optional.empty();
  }
}
