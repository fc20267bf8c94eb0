package org.imrf.registration.badge;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.imrf.registration.edition.Editions;
import org.imrf.registration.edition.UnknownEdition;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.ParticipantLookup;
import org.imrf.registration.participant.ParticipantSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in at the venue: the first scan of a participant's badge checks them in, any later scan
 * (from any scanner, however simultaneous) says they are in already.
 */
@Service
public class CheckInDesk {

  private final Badges badges;
  private final CheckIns checkIns;
  private final ParticipantLookup participants;
  private final Editions editions;
  private final BadgeTokens tokens;
  private final CheckInEvents events;
  private final ApplicationEventPublisher local;
  private final Clock clock;

  CheckInDesk(
      Badges badges,
      CheckIns checkIns,
      ParticipantLookup participants,
      Editions editions,
      BadgeTokens tokens,
      CheckInEvents events,
      ApplicationEventPublisher local,
      Clock clock) {
    this.badges = badges;
    this.checkIns = checkIns;
    this.participants = participants;
    this.editions = editions;
    this.tokens = tokens;
    this.events = events;
    this.local = local;
    this.clock = clock;
  }

  /**
   * Checks in the participant whose badge was scanned.
   *
   * @param token what the badge's QR code carries
   * @param actor who scanned
   * @throws UnreadableBadgeCode if it is no badge code of this forum
   * @throws UnknownBadge if no such badge was issued
   * @throws BadgeReplaced if the badge was replaced by a newer one
   * @throws NotAdmitted if the participant may not (or no longer) enter
   */
  @Transactional
  public CheckInOutcome checkIn(String token, String actor) {
    Badge badge = badges.find(tokens.badgeIdOf(token)).orElseThrow(UnknownBadge::new);
    ParticipantSummary participant =
        participants.find(badge.participantId()).orElseThrow(UnknownBadge::new);
    Optional<CheckIn> stored = checkIns.find(participant.id());
    Arrival arrival = Arrival.of(participant.id(), stored);
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    arrival.checkIn(badge, Arrival.Entrant.of(participant), actor, now);
    CheckIn checkIn =
        new CheckIn(
            participant.id(),
            badge.id(),
            participant.editionId(),
            participant.category(),
            now,
            actor);
    if (arrival.recordedEvents().isEmpty()) {
      return new CheckInOutcome(participant, stored.orElseThrow(), true);
    }
    // a scan on another desk may have checked them in since we read
    if (!checkIns.add(checkIn)) {
      return new CheckInOutcome(participant, checkIns.find(participant.id()).orElseThrow(), true);
    }
    arrival.recordedEvents().forEach(events::publish);
    local.publishEvent(new CheckInRecorded(participant.editionId()));
    return new CheckInOutcome(participant, checkIn, false);
  }

  /**
   * The edition's live counts.
   *
   * @throws UnknownEdition if there is no such edition
   */
  @Transactional(readOnly = true)
  public CheckInCounts counts(String editionId) {
    if (editions.find(editionId).isEmpty()) {
      throw new UnknownEdition(editionId);
    }
    Map<String, CheckInCounts.Tally> tallies = checkIns.tallies(editionId);
    Map<Category, CheckInCounts.Tally> byCategory = new LinkedHashMap<>();
    long checkedIn = 0;
    long expected = 0;
    for (Category category : Category.values()) {
      CheckInCounts.Tally tally =
          tallies.getOrDefault(category.code(), new CheckInCounts.Tally(0, 0));
      byCategory.put(category, tally);
      checkedIn += tally.checkedIn();
      expected += tally.expected();
    }
    return new CheckInCounts(
        editionId, new CheckInCounts.Tally(checkedIn, expected), byCategory, Instant.now(clock));
  }
}
