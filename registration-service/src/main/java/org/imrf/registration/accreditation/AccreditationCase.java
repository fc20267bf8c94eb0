package org.imrf.registration.accreditation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.domain.Aggregate;
import org.imrf.backbone.domain.Coded;
import org.imrf.registration.participant.Accreditation;
import org.imrf.registration.participant.AccreditationGranted;
import org.imrf.registration.participant.AccreditationObjected;
import org.imrf.registration.participant.AccreditationProvisionallyApproved;
import org.imrf.registration.participant.AccreditationRefused;
import org.imrf.registration.participant.AccreditationRequested;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.ParticipantCancelled;
import org.imrf.registration.participant.ParticipantErased;
import org.imrf.registration.participant.ParticipantEvent;
import org.imrf.registration.participant.ParticipantRegistered;

/**
 * One participant's accreditation and the rules of its next step. ECOSOC track: awaiting
 * confirmation → granted. Special track: pending → provisionally approved → (an objection within
 * the non-objection period → objected → granted) or granted when the period ends. Refusal is
 * possible until it is decided; nothing is decided once the registration is cancelled or erased.
 */
final class AccreditationCase extends Aggregate<ParticipantEvent> {

  /** Who approves an application whose non-objection period ended without objection. */
  static final String NON_OBJECTION_PERIOD = "non-objection-period";

  private UUID participantId;
  private String editionId;
  private Accreditation state;
  private Instant objectionsUntil;
  private boolean withdrawn;

  /** Empty, for a history to be replayed. */
  AccreditationCase() {}

  /** As stored. */
  AccreditationCase(
      UUID participantId,
      String editionId,
      Accreditation state,
      Instant objectionsUntil,
      boolean withdrawn) {
    this.participantId = participantId;
    this.editionId = editionId;
    this.state = state;
    this.objectionsUntil = objectionsUntil;
    this.withdrawn = withdrawn;
  }

  UUID participantId() {
    return participantId;
  }

  Accreditation state() {
    return state;
  }

  Instant objectionsUntil() {
    return objectionsUntil;
  }

  /**
   * Takes an organisers' decision.
   *
   * @param reason why, stripped; null when none was given
   * @throws AccreditationNotAllowed if the decision does not apply to where it stands
   */
  void decide(
      AccreditationDecisionKind decision,
      String reason,
      String actor,
      Instant now,
      Duration nonObjectionPeriod) {
    if (withdrawn || !decision.appliesTo(state)) {
      throw notAllowed(decision.done());
    }
    switch (decision) {
      case CONFIRM ->
          record(new AccreditationGranted(participantId, editionId, "confirmed", actor, now));
      case GRANT ->
          record(
              new AccreditationGranted(
                  participantId, editionId, "approved-despite-objection", actor, now));
      case PROVISIONALLY_APPROVE ->
          record(
              new AccreditationProvisionallyApproved(
                  participantId, editionId, actor, now.plus(nonObjectionPeriod), now));
      case REFUSE -> record(new AccreditationRefused(participantId, editionId, actor, reason, now));
    }
  }

  /**
   * Records a Member State's objection, which is possible only during the non-objection period.
   *
   * @throws AccreditationNotAllowed otherwise
   */
  void object(String memberState, String reason, String actor, Instant now) {
    if (withdrawn
        || state != Accreditation.PROVISIONALLY_APPROVED
        || !now.isBefore(objectionsUntil)) {
      throw notAllowed(
          "objected to (objections are possible only during the non-objection period)");
    }
    record(new AccreditationObjected(participantId, editionId, memberState, actor, reason, now));
  }

  /** Approves a provisional approval whose non-objection period has ended; else does nothing. */
  void endNonObjectionPeriod(Instant now) {
    if (!withdrawn
        && state == Accreditation.PROVISIONALLY_APPROVED
        && !now.isBefore(objectionsUntil)) {
      record(
          new AccreditationGranted(
              participantId, editionId, "no-objection", NON_OBJECTION_PERIOD, now));
    }
  }

  private AccreditationNotAllowed notAllowed(String decision) {
    List<String> possible =
        withdrawn || state == Accreditation.REFUSED
            ? List.of()
            : AccreditationDecisionKind.possibleFrom(state);
    return new AccreditationNotAllowed(participantId, decision, state, possible);
  }

  @Override
  protected void apply(ParticipantEvent event) {
    if (event instanceof ParticipantRegistered registered) {
      participantId = registered.participantId();
      editionId = registered.editionId();
      state = Coded.ofCode(Accreditation.class, registered.accreditation()).orElseThrow();
    } else if (event instanceof AccreditationRequested requested) {
      participantId = requested.participantId();
      editionId = requested.editionId();
      state =
          Coded.ofCode(Category.class, requested.category()).orElseThrow().initialAccreditation();
    } else if (event instanceof AccreditationProvisionallyApproved approved) {
      state = Accreditation.PROVISIONALLY_APPROVED;
      objectionsUntil = approved.objectionsUntil();
    } else if (event instanceof AccreditationObjected) {
      state = Accreditation.OBJECTED;
      objectionsUntil = null;
    } else if (event instanceof AccreditationGranted) {
      state = Accreditation.GRANTED;
      objectionsUntil = null;
    } else if (event instanceof AccreditationRefused) {
      state = Accreditation.REFUSED;
      objectionsUntil = null;
    } else if (event instanceof ParticipantCancelled || event instanceof ParticipantErased) {
      withdrawn = true;
    }
  }
}
