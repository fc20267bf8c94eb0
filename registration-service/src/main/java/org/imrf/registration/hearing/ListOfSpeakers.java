package org.imrf.registration.hearing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.backbone.random.Unpredictable;
import org.imrf.registration.edition.Edition;
import org.imrf.registration.edition.Editions;
import org.imrf.registration.edition.UnknownEdition;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.ParticipantLookup;
import org.imrf.registration.participant.ParticipantNotFound;
import org.imrf.registration.participant.ParticipantSummary;
import org.imrf.registration.participant.RegistrationStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hearing's list of speakers: accredited stakeholders ask to speak; organisers select or
 * decline, and set each session's running order. Every decision records who took it and is an
 * event. Changes to a session's running order are serialised by locking the session, then the
 * request.
 */
@Service
public class ListOfSpeakers {

  private final Editions editions;
  private final HearingSessions sessions;
  private final SpeakerRequests requests;
  private final ParticipantLookup registrations;
  private final HearingEvents events;
  private final Clock clock;

  ListOfSpeakers(
      Editions editions,
      HearingSessions sessions,
      SpeakerRequests requests,
      ParticipantLookup registrations,
      HearingEvents events,
      Clock clock) {
    this.editions = editions;
    this.sessions = sessions;
    this.requests = requests;
    this.registrations = registrations;
    this.events = events;
    this.clock = clock;
  }

  /**
   * A request to speak, already checked for form.
   *
   * @param participantId who asks to speak
   * @param sessionId in which session
   * @param objectives the GCM objectives addressed, 1 to 23, none twice
   * @param summary what they will say, in short
   * @param gender as they describe it; null if not given
   */
  public record NewRequest(
      UUID participantId,
      UUID sessionId,
      List<Integer> objectives,
      String summary,
      String gender) {}

  /**
   * Records a request to speak.
   *
   * @param actor {@code participant} for themselves, else the organiser asking on their behalf
   * @throws UnknownEdition if there is no such edition
   * @throws UnknownHearingSession if it has no such session
   * @throws ParticipantNotFound if there is no such participant
   * @throws NotAllowedToSpeak unless the participant is an accredited stakeholder of the edition
   * @throws OpenRequestExists if they already have an open request for the edition
   */
  @Transactional
  public RequestView request(String editionId, NewRequest form, String actor) {
    requireEdition(editionId);
    HearingSession session =
        sessions
            .find(editionId, form.sessionId())
            .orElseThrow(() -> new UnknownHearingSession(editionId, form.sessionId()));
    ParticipantSummary participant =
        registrations
            .find(form.participantId())
            .orElseThrow(() -> new ParticipantNotFound(form.participantId()));
    requireMaySpeak(participant, editionId);
    requests
        .findOpen(editionId, participant.id())
        .ifPresent(
            open -> {
              throw new OpenRequestExists(open);
            });
    Instant now = Instant.now(clock);
    SpeakerRequest request =
        new SpeakerRequest(
            Unpredictable.uuid(),
            editionId,
            session.id(),
            participant.id(),
            form.objectives(),
            form.summary(),
            form.gender(),
            SpeakerRequest.Status.REQUESTED,
            null,
            null,
            actor,
            now,
            null,
            null,
            null);
    if (!requests.add(request)) {
      // another request of theirs got in first
      throw new OpenRequestExists(requests.findOpen(editionId, participant.id()).orElseThrow());
    }
    events.publish(
        new SpeakerRequested(
            request.id(),
            editionId,
            session.id(),
            session.titles(),
            participant.id(),
            request.objectives(),
            actor,
            now));
    return requests.view(editionId, request.id()).orElseThrow();
  }

  /**
   * Selects a speaker: they join the end of their session's running order.
   *
   * @throws SpeakerRequestNotFound if the edition has no such request, or its speaker no longer
   *     takes part
   * @throws DecisionNotPossible unless it is still to be decided
   */
  @Transactional
  public RequestView select(String editionId, UUID id, String actor) {
    Edition edition = requireEdition(editionId);
    Locked locked = lock(editionId, id);
    SessionSpeakers speakers = speakersOf(edition, locked.session());
    Instant now = Instant.now(clock);
    speakers.select(locked.request(), locked.speaker(), actor, now);
    requests.save(
        locked.request().selected(requests.lastPosition(locked.session().id()) + 1, actor, now));
    speakers.recordedEvents().forEach(events::publish);
    return requests.view(editionId, id).orElseThrow();
  }

  /**
   * Declines a request, with the reason the speaker is told; a selected speaker leaves the running
   * order.
   *
   * @throws SpeakerRequestNotFound if the edition has no such request, or its speaker no longer
   *     takes part
   * @throws DecisionNotPossible if it was declined already
   */
  @Transactional
  public RequestView decline(String editionId, UUID id, String reason, String actor) {
    Edition edition = requireEdition(editionId);
    Locked locked = lock(editionId, id);
    SessionSpeakers speakers = speakersOf(edition, locked.session());
    Instant now = Instant.now(clock);
    speakers.decline(locked.request(), reason, actor, now);
    requests.save(locked.request().declined(reason, actor, now));
    speakers.recordedEvents().forEach(events::publish);
    return requests.view(editionId, id).orElseThrow();
  }

  /**
   * Sets a session's running order. Changing nothing publishes nothing.
   *
   * @param order every selected request of the session, once each, in speaking order
   * @param speakingTimes time limits of their own for some of them (1 to 15 minutes)
   * @throws UnknownHearingSession if the edition has no such session
   * @throws RunningOrderMismatch unless the order lists exactly the session's selected speakers
   */
  @Transactional
  public RunningOrder setRunningOrder(
      String editionId,
      UUID sessionId,
      List<UUID> order,
      Map<UUID, Duration> speakingTimes,
      String actor) {
    Edition edition = requireEdition(editionId);
    HearingSession session =
        sessions
            .findForChange(editionId, sessionId)
            .orElseThrow(() -> new UnknownHearingSession(editionId, sessionId));
    SessionSpeakers speakers = speakersOf(edition, session);
    Instant now = Instant.now(clock);
    speakers.setRunningOrder(order, speakingTimes, actor, now);
    if (!speakers.recordedEvents().isEmpty()) {
      requests.reorder(sessionId, order, speakingTimes);
      sessions.runningOrderSet(sessionId, actor, now);
      speakers.recordedEvents().forEach(events::publish);
    }
    return RunningOrder.plan(session, requests.selected(sessionId));
  }

  /**
   * A session's running order, as it stands.
   *
   * @throws UnknownEdition if there is no such edition
   * @throws UnknownHearingSession if it has no such session
   */
  @Transactional(readOnly = true)
  public RunningOrder runningOrder(String editionId, UUID sessionId) {
    requireEdition(editionId);
    HearingSession session =
        sessions
            .find(editionId, sessionId)
            .orElseThrow(() -> new UnknownHearingSession(editionId, sessionId));
    return RunningOrder.plan(session, requests.selected(sessionId));
  }

  /**
   * The balance of the edition's speakers, or of one session's.
   *
   * @param sessionId one session, or null for the whole hearing
   */
  @Transactional(readOnly = true)
  public Balance balance(String editionId, UUID sessionId) {
    requireEdition(editionId);
    if (sessionId != null && sessions.find(editionId, sessionId).isEmpty()) {
      throw new UnknownHearingSession(editionId, sessionId);
    }
    return Balance.of(requests.balance(editionId, sessionId));
  }

  @Transactional(readOnly = true)
  public SpeakerRequestQuery.Page search(SpeakerRequestQuery query) {
    requireEdition(query.editionId());
    if (query.sessionId() != null
        && sessions.find(query.editionId(), query.sessionId()).isEmpty()) {
      throw new UnknownHearingSession(query.editionId(), query.sessionId());
    }
    return requests.search(query);
  }

  /**
   * @throws SpeakerRequestNotFound if the edition has no such request, or its speaker no longer
   *     takes part
   */
  @Transactional(readOnly = true)
  public RequestView find(String editionId, UUID id) {
    requireEdition(editionId);
    return requests
        .view(editionId, id)
        .orElseThrow(() -> new SpeakerRequestNotFound(editionId, id));
  }

  /** A request and its session, locked in that order for a decision; who asked, as seen. */
  private record Locked(HearingSession session, SpeakerRequest request, Speaker speaker) {}

  private Locked lock(String editionId, UUID id) {
    RequestView seen =
        requests.view(editionId, id).orElseThrow(() -> new SpeakerRequestNotFound(editionId, id));
    HearingSession session =
        sessions.findForChange(editionId, seen.request().sessionId()).orElseThrow();
    SpeakerRequest request = requests.findForChange(id).orElseThrow();
    return new Locked(session, request, seen.speaker());
  }

  private SessionSpeakers speakersOf(Edition edition, HearingSession session) {
    return SessionSpeakers.of(session, edition.timeZone().getId(), requests.selected(session.id()));
  }

  private Edition requireEdition(String editionId) {
    return editions.find(editionId).orElseThrow(() -> new UnknownEdition(editionId));
  }

  private static void requireMaySpeak(ParticipantSummary participant, String editionId) {
    if (!participant.editionId().equals(editionId)) {
      throw new NotAllowedToSpeak(
          NotAllowedToSpeak.Reason.ANOTHER_EDITION,
          "Participant "
              + participant.id()
              + " is registered for "
              + participant.editionId()
              + ", not "
              + editionId);
    }
    RegistrationStatus status = participant.status();
    if (status == RegistrationStatus.CANCELLED || status == RegistrationStatus.ERASED) {
      throw new NotAllowedToSpeak(
          NotAllowedToSpeak.Reason.NO_LONGER_TAKES_PART,
          "Participant " + participant.id() + "'s registration is " + status.code());
    }
    if (!participant.category().isStakeholder()) {
      throw new NotAllowedToSpeak(
          NotAllowedToSpeak.Reason.NOT_A_STAKEHOLDER, notAStakeholder(participant.category()));
    }
    if (status != RegistrationStatus.REGISTERED) {
      throw new NotAllowedToSpeak(
          NotAllowedToSpeak.Reason.ACCREDITATION_NOT_GRANTED,
          status == RegistrationStatus.REFUSED
              ? "Accreditation was refused: only accredited stakeholders speak in the hearing"
              : "Accreditation not yet granted (it is "
                  + participant.accreditation().code()
                  + "): only accredited stakeholders speak in the hearing");
    }
  }

  private static String notAStakeholder(Category category) {
    return switch (category) {
      case MEMBER_STATE, OBSERVER_STATE ->
          "The hearing is where stakeholders speak: Member State and observer state delegates"
              + " speak in the plenary, not the hearing";
      default ->
          "The hearing is where stakeholders speak: the UN system and intergovernmental"
              + " organisations do not ask to speak in it";
    };
  }
}
