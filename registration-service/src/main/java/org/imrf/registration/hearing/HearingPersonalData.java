package org.imrf.registration.hearing;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.registration.personaldata.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's requests to speak, as their personal data. Erasure forgets what they wrote and
 * said of themselves (summary, gender) and the reason given them for a decline, but keeps each
 * request's bare facts (session, objectives, status, who decided): the hearing's record of
 * organisers' decisions, which no longer says anything about the person. Erased participants never
 * appear in lists, balance or running order anyway.
 */
@Component
class HearingPersonalData implements PersonalData {

  private final SpeakerRequests requests;
  private final Clock clock;

  HearingPersonalData(SpeakerRequests requests, Clock clock) {
    this.requests = requests;
    this.clock = clock;
  }

  @Override
  public String section() {
    return "hearing";
  }

  @Override
  @Transactional(readOnly = true)
  public Object export(UUID participantId) {
    return requests.ofParticipant(participantId).stream().map(HearingPersonalData::of).toList();
  }

  @Override
  @Transactional
  public void erase(UUID participantId) {
    requests.erase(participantId, Instant.now(clock));
  }

  private static Map<String, Object> of(RequestView view) {
    SpeakerRequest request = view.request();
    Map<String, Object> exported = new LinkedHashMap<>();
    exported.put("id", request.id());
    exported.put("edition", request.editionId());
    exported.put("session", request.sessionId());
    exported.put("sessionTitles", view.sessionTitles());
    exported.put("objectives", List.copyOf(request.objectives()));
    exported.put("summary", request.summary());
    exported.put("gender", request.gender());
    exported.put("status", request.status().code());
    exported.put("requestedBy", request.requestedBy());
    exported.put("requestedAt", request.requestedAt());
    exported.put("decidedAt", request.decidedAt());
    exported.put("declineReason", request.declineReason());
    return exported;
  }
}
