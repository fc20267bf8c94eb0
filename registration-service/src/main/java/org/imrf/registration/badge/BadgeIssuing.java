package org.imrf.registration.badge;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.imrf.registration.edition.Edition;
import org.imrf.registration.edition.Editions;
import org.imrf.registration.participant.ParticipantLookup;
import org.imrf.registration.participant.ParticipantNotFound;
import org.imrf.registration.participant.ParticipantSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives in-person participants their badge, on first request, and a new one when it is lost (which
 * revokes the old one).
 */
@Service
public class BadgeIssuing {

  private final ParticipantLookup participants;
  private final Editions editions;
  private final Badges badges;
  private final BadgeTokens tokens;
  private final CheckInEvents events;
  private final Clock clock;

  BadgeIssuing(
      ParticipantLookup participants,
      Editions editions,
      Badges badges,
      BadgeTokens tokens,
      CheckInEvents events,
      Clock clock) {
    this.participants = participants;
    this.editions = editions;
    this.badges = badges;
    this.tokens = tokens;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The participant's badge, issued now if they have none yet.
   *
   * @throws ParticipantNotFound if there is no such participant
   * @throws NotAdmitted if they may have no badge (online, waiting, not accredited, cancelled)
   */
  @Transactional
  public IssuedBadge badgeOf(UUID participantId, String actor) {
    ParticipantSummary participant = find(participantId);
    NotAdmitted.requireBadge(participant);
    var existing = badges.inForce(participantId);
    if (existing.isPresent()) {
      return issued(participant, existing.get());
    }
    // serialises issuing for the participant: two first requests make one badge
    participants.lockForChange(participantId);
    Badge badge = badges.inForce(participantId).orElseGet(() -> issue(participant, actor, false));
    return issued(participant, badge);
  }

  /**
   * Replaces the participant's badge: the old one no longer admits anyone.
   *
   * @throws ParticipantNotFound if there is no such participant
   * @throws NotAdmitted if they may have no badge
   */
  @Transactional
  public IssuedBadge reissue(UUID participantId, String actor) {
    ParticipantSummary participant =
        participants
            .lockForChange(participantId)
            .orElseThrow(() -> new ParticipantNotFound(participantId));
    NotAdmitted.requireBadge(participant);
    boolean replaces =
        badges.revoke(participantId, Badge.Revocation.REISSUED, actor, Instant.now(clock));
    return issued(participant, issue(participant, actor, replaces));
  }

  private Badge issue(ParticipantSummary participant, String actor, boolean replaces) {
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    Badge badge =
        new Badge(
            tokens.newBadgeId(), participant.id(), participant.editionId(), now, actor, null, null);
    badges.add(badge);
    events.publish(
        new BadgeIssued(participant.id(), participant.editionId(), replaces, actor, now));
    return badge;
  }

  private IssuedBadge issued(ParticipantSummary participant, Badge badge) {
    String title =
        editions.find(participant.editionId()).map(Edition::title).orElse(participant.editionId());
    return new IssuedBadge(
        participant,
        badge,
        new BadgeFace(
            title,
            participant.name(),
            participant.organisation(),
            participant.category(),
            participant.preferredLanguage(),
            tokens.tokenFor(badge.id())));
  }

  private ParticipantSummary find(UUID participantId) {
    return participants
        .find(participantId)
        .orElseThrow(() -> new ParticipantNotFound(participantId));
  }
}
