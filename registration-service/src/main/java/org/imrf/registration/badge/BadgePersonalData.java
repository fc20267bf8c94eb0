package org.imrf.registration.badge;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imrf.registration.personaldata.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What badges and check-in hold about a participant: their badges (never the codes) and their
 * arrival. Erasure revokes their badge and detaches their check-in, which still counts.
 */
@Component
class BadgePersonalData implements PersonalData {

  /** One of the participant's badges, as exported. */
  record ExportedBadge(Instant issuedAt, Instant revokedAt, String revokedBecause) {}

  /** The participant's arrival, as exported. */
  record ExportedCheckIn(Instant checkedInAt, String checkedInBy) {}

  /** Everything held, as exported. */
  record Export(List<ExportedBadge> badges, ExportedCheckIn checkIn) {}

  private final Badges badges;
  private final CheckIns checkIns;
  private final Clock clock;

  BadgePersonalData(Badges badges, CheckIns checkIns, Clock clock) {
    this.badges = badges;
    this.checkIns = checkIns;
    this.clock = clock;
  }

  @Override
  public String section() {
    return "badge";
  }

  @Override
  @Transactional(readOnly = true)
  public Object export(UUID participantId) {
    List<ExportedBadge> issued =
        badges.all(participantId).stream()
            .map(
                badge ->
                    new ExportedBadge(
                        badge.issuedAt(),
                        badge.revokedAt(),
                        badge.revokedBecause() == null ? null : badge.revokedBecause().code()))
            .toList();
    ExportedCheckIn arrival =
        checkIns
            .find(participantId)
            .map(checkIn -> new ExportedCheckIn(checkIn.checkedInAt(), checkIn.checkedInBy()))
            .orElse(null);
    if (issued.isEmpty() && arrival == null) {
      return List.of();
    }
    return new Export(issued, arrival);
  }

  @Override
  @Transactional
  public void erase(UUID participantId) {
    badges.revoke(participantId, Badge.Revocation.ERASED, "erasure", Instant.now(clock));
    checkIns.detach(participantId);
  }
}
