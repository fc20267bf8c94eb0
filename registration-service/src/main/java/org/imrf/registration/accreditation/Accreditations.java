package org.imrf.registration.accreditation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.outbox.Outbox;
import org.imrf.registration.Topics;
import org.imrf.registration.participant.AccreditationGranted;
import org.imrf.registration.participant.AccreditationObjected;
import org.imrf.registration.participant.AccreditationProvisionallyApproved;
import org.imrf.registration.participant.AccreditationRefused;
import org.imrf.registration.participant.AccreditationRequests;
import org.imrf.registration.participant.InPersonPlaces;
import org.imrf.registration.participant.ParticipantEvent;
import org.imrf.registration.participant.ParticipantLookup;
import org.imrf.registration.participant.ParticipantNotFound;
import org.imrf.registration.participant.ParticipantSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two accreditation tracks ({@link AccreditationCase} holds the rules); the non-objection
 * period is {@code imrf.accreditation.non-objection-period}. Every decision records who made it.
 */
@Service
public class Accreditations implements AccreditationRequests {

  private final AccreditationRepository accreditations;
  private final ParticipantLookup registrations;
  private final InPersonPlaces places;
  private final Outbox outbox;
  private final Clock clock;
  private final Duration nonObjectionPeriod;

  Accreditations(
      AccreditationRepository accreditations,
      ParticipantLookup registrations,
      InPersonPlaces places,
      Outbox outbox,
      Clock clock,
      @Value("${imrf.accreditation.non-objection-period:7d}") Duration nonObjectionPeriod) {
    this.accreditations = accreditations;
    this.registrations = registrations;
    this.places = places;
    this.outbox = outbox;
    this.clock = clock;
    this.nonObjectionPeriod = nonObjectionPeriod;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void requested(UUID participantId, String actor, Instant at) {
    accreditations.addDecision(
        new AccreditationDecision(participantId, "requested", actor, null, null, at));
  }

  /**
   * Decides on a participant's accreditation.
   *
   * @param reason why; required to refuse (the participant is told)
   * @return the participant as decided
   * @throws ParticipantNotFound if there is no such participant
   * @throws AccreditationNotAllowed if the decision does not apply to where it stands
   */
  @Transactional
  public ParticipantSummary decide(
      UUID id, AccreditationDecisionKind decision, String reason, String actor) {
    AccreditationCase accreditation =
        accreditations.findForChange(id).orElseThrow(() -> new ParticipantNotFound(id));
    ParticipantSummary before = registrations.find(id).orElseThrow();
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    Instant now = Instant.now(clock);
    accreditation.decide(decision, why, actor, now, nonObjectionPeriod);
    save(accreditation, why, now);
    if (decision == AccreditationDecisionKind.REFUSE && before.holdsInPersonPlace()) {
      places.released(before.editionId(), before.category(), before.organisation());
    }
    return registrations.find(id).orElseThrow();
  }

  /**
   * Records a Member State's objection to a provisional approval, within the non-objection period:
   * the application goes back to the organisers for a decision.
   *
   * @param memberState ISO 3166-1 alpha-2 code of the objecting Member State
   * @return the participant as objected to
   * @throws AccreditationNotAllowed if it is not provisionally approved, or the period has ended
   */
  @Transactional
  public ParticipantSummary object(UUID id, String memberState, String reason, String actor) {
    AccreditationCase accreditation =
        accreditations.findForChange(id).orElseThrow(() -> new ParticipantNotFound(id));
    Instant now = Instant.now(clock);
    accreditation.object(memberState, reason.strip(), actor, now);
    save(accreditation, reason.strip(), now);
    return registrations.find(id).orElseThrow();
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
    List<AccreditationCase> due = accreditations.objectionPeriodsEnded(now, batch);
    for (AccreditationCase accreditation : due) {
      accreditation.endNonObjectionPeriod(now);
      save(accreditation, null, now);
    }
    return due.size();
  }

  /** A participant's accreditation decisions and objections, oldest first. */
  @Transactional(readOnly = true)
  public List<AccreditationDecision> decisions(UUID participantId) {
    return accreditations.decisions(participantId);
  }

  /**
   * Clears, in the caller's transaction, the free text of a participant's decisions (reasons may
   * describe them); who decided what, and when, stays.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void forgetReasons(UUID participantId) {
    accreditations.forgetDecisionReasons(participantId);
  }

  private void save(AccreditationCase accreditation, String why, Instant now) {
    accreditations.save(accreditation, now);
    for (ParticipantEvent event : accreditation.recordedEvents()) {
      accreditations.addDecision(decision(event, why));
      outbox.append(Topics.PARTICIPANTS, event);
    }
  }

  /** The step of the accreditation's history an event records, with the reason given for it. */
  private static AccreditationDecision decision(ParticipantEvent event, String why) {
    if (event instanceof AccreditationProvisionallyApproved approved) {
      return new AccreditationDecision(
          approved.participantId(),
          "provisionally-approved",
          approved.approvedBy(),
          null,
          why,
          approved.approvedAt());
    }
    if (event instanceof AccreditationGranted granted) {
      return new AccreditationDecision(
          granted.participantId(), "granted", granted.grantedBy(), null, why, granted.grantedAt());
    }
    if (event instanceof AccreditationRefused refused) {
      return new AccreditationDecision(
          refused.participantId(),
          "refused",
          refused.refusedBy(),
          null,
          refused.reason(),
          refused.refusedAt());
    }
    AccreditationObjected objected = (AccreditationObjected) event;
    return new AccreditationDecision(
        objected.participantId(),
        "objected",
        objected.recordedBy(),
        objected.raisedBy(),
        objected.reason(),
        objected.objectedAt());
  }
}
