package org.imrf.registration.participant;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's rights over their data: to see everything held about them, and to have it erased.
 * Each feature that holds personal data takes part through its {@link PersonalData}.
 */
@Service
public class PersonalDataRequests {

  private final Participants participants;
  private final AccessLinkStore links;
  private final AccessLinks accessLinks;
  private final ParticipantEvents events;
  private final InPersonPlaces places;
  private final List<PersonalData> features;
  private final Clock clock;

  PersonalDataRequests(
      Participants participants,
      AccessLinkStore links,
      AccessLinks accessLinks,
      ParticipantEvents events,
      InPersonPlaces places,
      List<PersonalData> features,
      Clock clock) {
    this.participants = participants;
    this.links = links;
    this.accessLinks = accessLinks;
    this.events = events;
    this.places = places;
    this.features = features;
    this.clock = clock;
  }

  /** Everything this service holds about a participant, read in one transaction. */
  public record Export(
      Instant exportedAt,
      Participant participant,
      List<AccreditationDecision> accreditation,
      List<AccessLinkStore.IssuedLink> accessLinks,
      Map<String, Object> sections) {}

  /**
   * @throws ParticipantNotFound if there is no such participant
   */
  @Transactional(readOnly = true)
  public Export export(UUID id) {
    Participant participant = participants.find(id).orElseThrow(() -> new ParticipantNotFound(id));
    Map<String, Object> sections = new LinkedHashMap<>();
    for (PersonalData feature : features) {
      sections.put(feature.section(), feature.export(id));
    }
    return new Export(
        Instant.now(clock), participant, participants.decisions(id), links.history(id), sections);
  }

  /**
   * Erases a participant's personal data: the record stays, anonymous, for the counts; their links
   * stop working; an in-person place goes to the organisation's waiting list; every feature forgets
   * them; and an event tells the other services to do the same. Erasing twice changes nothing.
   *
   * @throws ParticipantNotFound if there is no such participant
   */
  @Transactional
  public Participant erase(UUID id, String requestedBy) {
    Participant current =
        participants.findForChange(id).orElseThrow(() -> new ParticipantNotFound(id));
    if (current.status() == Participant.Status.ERASED) {
      return current;
    }
    Instant now = Instant.now(clock);
    boolean heldPlace = current.holdsInPersonPlace();
    accessLinks.revokeAllOf(id, requestedBy);
    Participant erased = participants.save(current.erased(now));
    participants.forgetDecisionReasons(id);
    for (PersonalData feature : features) {
      feature.erase(id);
    }
    events.publish(new ParticipantErased(id, erased.editionId(), requestedBy, now));
    if (heldPlace) {
      places.released(current.editionId(), current.category(), current.organisation());
    }
    return erased;
  }
}
