package org.imrf.registration.participant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two accreditation tracks. ECOSOC: confirmed by the organisation's focal point. Special:
 * pending → provisionally approved → a non-objection period ({@code
 * imrf.accreditation.non-objection-period}) in which a Member State's objection sends it back for
 * decision → approved; or refused with a reason. Every decision records who made it.
 */
@Service
public class Accreditations {

  /** Who approves an application whose non-objection period ended without objection. */
  public static final String NON_OBJECTION_PERIOD = "non-objection-period";

  private final Participants participants;
  private final ParticipantEvents events;
  private final InPersonPlaces places;
  private final Clock clock;
  private final Duration nonObjectionPeriod;

  Accreditations(
      Participants participants,
      ParticipantEvents events,
      InPersonPlaces places,
      Clock clock,
      @Value("${imrf.accreditation.non-objection-period:7d}") Duration nonObjectionPeriod) {
    this.participants = participants;
    this.events = events;
    this.places = places;
    this.clock = clock;
    this.nonObjectionPeriod = nonObjectionPeriod;
  }

  public Duration nonObjectionPeriod() {
    return nonObjectionPeriod;
  }

  /**
   * Decides on a participant's accreditation.
   *
   * @param reason why; required to refuse (the participant is told)
   * @throws ParticipantNotFound if there is no such participant
   * @throws AccreditationNotAllowed if the decision does not apply to where it stands
   */
  @Transactional
  public Participant decide(
      UUID id, AccreditationDecisionKind decision, String reason, String actor) {
    Participant current =
        participants.findForChange(id).orElseThrow(() -> new ParticipantNotFound(id));
    if (current.status() == Participant.Status.CANCELLED
        || current.status() == Participant.Status.ERASED
        || !decision.appliesTo(current.accreditation())) {
      throw new AccreditationNotAllowed(
          id,
          decision.done(),
          current.accreditation(),
          current.live()
              ? AccreditationDecisionKind.possibleFrom(current.accreditation())
              : List.of());
    }
    Instant now = Instant.now(clock);
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    return switch (decision) {
      case CONFIRM -> grant(current, "confirmed", actor, why, now);
      case GRANT -> grant(current, "approved-despite-objection", actor, why, now);
      case PROVISIONALLY_APPROVE -> {
        Instant until = now.plus(nonObjectionPeriod);
        Participant saved =
            participants.save(
                current.withAccreditation(Accreditation.PROVISIONALLY_APPROVED, until));
        participants.addDecision(
            new AccreditationDecision(id, "provisionally-approved", actor, null, why, now));
        events.publish(
            new AccreditationProvisionallyApproved(id, saved.editionId(), actor, until, now));
        yield saved;
      }
      case REFUSE -> {
        boolean heldPlace = current.holdsInPersonPlace();
        Participant saved =
            participants.save(current.withAccreditation(Accreditation.REFUSED, null));
        participants.addDecision(new AccreditationDecision(id, "refused", actor, null, why, now));
        events.publish(new AccreditationRefused(id, saved.editionId(), actor, why, now));
        if (heldPlace) {
          places.released(saved.editionId(), saved.category(), saved.organisation());
        }
        yield saved;
      }
    };
  }

  /**
   * Records a Member State's objection to a provisional approval, within the non-objection period:
   * the application goes back to the organisers for a decision.
   *
   * @param memberState ISO 3166-1 alpha-2 code of the objecting Member State
   * @throws AccreditationNotAllowed if it is not provisionally approved, or the period has ended
   */
  @Transactional
  public Participant object(UUID id, String memberState, String reason, String actor) {
    Participant current =
        participants.findForChange(id).orElseThrow(() -> new ParticipantNotFound(id));
    Instant now = Instant.now(clock);
    if (!current.live()
        || current.accreditation() != Accreditation.PROVISIONALLY_APPROVED
        || !now.isBefore(current.objectionsUntil())) {
      throw new AccreditationNotAllowed(
          id,
          "objected to (objections are possible only during the non-objection period)",
          current.accreditation(),
          current.live()
              ? AccreditationDecisionKind.possibleFrom(current.accreditation())
              : List.of());
    }
    Participant saved = participants.save(current.withAccreditation(Accreditation.OBJECTED, null));
    String why = reason.strip();
    participants.addDecision(
        new AccreditationDecision(id, "objected", actor, memberState, why, now));
    events.publish(new AccreditationObjected(id, saved.editionId(), memberState, actor, why, now));
    return saved;
  }

  /**
   * Approves the provisional approvals whose non-objection period has ended, a batch at a time;
   * several instances may run it at once.
   *
   * @return how many were approved
   */
  @Transactional
  public int approveUnopposed(int batch) {
    Instant now = Instant.now(clock);
    List<Participant> due = participants.objectionPeriodsEnded(now, batch);
    for (Participant participant : due) {
      grant(participant, "no-objection", NON_OBJECTION_PERIOD, null, now);
    }
    return due.size();
  }

  private Participant grant(
      Participant current, String how, String actor, String reason, Instant now) {
    Participant saved = participants.save(current.withAccreditation(Accreditation.GRANTED, null));
    participants.addDecision(
        new AccreditationDecision(current.id(), "granted", actor, null, reason, now));
    events.publish(new AccreditationGranted(current.id(), saved.editionId(), how, actor, now));
    return saved;
  }
}
