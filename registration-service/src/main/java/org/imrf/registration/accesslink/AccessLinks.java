package org.imrf.registration.accesslink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.imrf.backbone.outbox.Outbox;
import org.imrf.backbone.random.Unpredictable;
import org.imrf.backbone.sealing.Sealer;
import org.imrf.edge.accesslinks.AccessLinkHash;
import org.imrf.registration.Topics;
import org.imrf.registration.edition.Edition;
import org.imrf.registration.edition.Editions;
import org.imrf.registration.participant.AccessLink;
import org.imrf.registration.participant.AccessLinkIssued;
import org.imrf.registration.participant.AccessLinkRevoked;
import org.imrf.registration.participant.ParticipantAccessLinks;
import org.imrf.registration.participant.ParticipantLookup;
import org.imrf.registration.participant.ParticipantNotFound;
import org.imrf.registration.participant.ParticipantSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access links: a high-entropy token in a URL that lets one participant, and nobody else,
 * act on their own data in every service. Only the token's hash is stored; the link is shown once
 * (in the registration's answer) and sent sealed to notification-service. A link works until the
 * day after its edition ends, and at least the minimum validity after issue (so that a participant
 * entered after the fact can still reach, and erase, their data). Replacing a link or revoking it
 * ends the old one at once; a fresh one asked for by address ends the older ones only when it is
 * first used, which only the address's owner can do, so that a stranger's request costs nobody a
 * working link.
 */
@Service
public class AccessLinks implements ParticipantAccessLinks {

  /** Who revoked the links that a newer one, once used, supersedes, as the event says. */
  private static final String SUPERSEDED = "superseded";

  /** Why a link was issued, as the event says. */
  enum Reason {
    REGISTRATION,
    REQUESTED,
    REISSUED;

    String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final AccessLinkStore store;
  private final ParticipantLookup registrations;
  private final Editions editions;
  private final Outbox outbox;
  private final Sealer sealer;
  private final Clock clock;
  private final String linkBase;
  private final Duration validityWithoutEditionDates;
  private final Duration minValidity;

  AccessLinks(
      AccessLinkStore store,
      ParticipantLookup registrations,
      Editions editions,
      Outbox outbox,
      Sealer sealer,
      Clock clock,
      @Value("${imrf.access.link-base-url}") String linkBase,
      @Value("${imrf.access.validity-without-edition-dates:365d}")
          Duration validityWithoutEditionDates,
      @Value("${imrf.access.min-validity:30d}") Duration minValidity) {
    this.store = store;
    this.registrations = registrations;
    this.editions = editions;
    this.outbox = outbox;
    this.sealer = sealer;
    this.clock = clock;
    this.linkBase = linkBase.replaceAll("/+$", "");
    this.validityWithoutEditionDates = validityWithoutEditionDates;
    this.minValidity = minValidity;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public AccessLink issueOnRegistration(UUID participantId, Edition edition, String actor) {
    return issue(participantId, edition, Reason.REGISTRATION, actor);
  }

  /** Issues a link, in the caller's transaction. */
  private AccessLink issue(UUID participantId, Edition edition, Reason reason, String actor) {
    byte[] secret = new byte[32];
    Unpredictable.fill(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = Instant.now(clock);
    Instant expiresAt =
        latest(
            edition
                .endsOn()
                .map(end -> end.plusDays(1).atStartOfDay(edition.timeZone()).toInstant())
                .orElse(now.plus(validityWithoutEditionDates)),
            now.plus(minValidity));
    String hash = hash(token);
    store.add(hash, participantId, now, actor, expiresAt);
    String url = linkBase + "/access/" + token;
    outbox.append(
        Topics.PARTICIPANTS,
        new AccessLinkIssued(
            participantId,
            edition.id(),
            hash,
            sealer.seal(url),
            expiresAt,
            reason.wire(),
            actor,
            now));
    return new AccessLink(url, expiresAt);
  }

  /**
   * Sends a fresh link to the address, if it is registered for the edition; says nothing either
   * way, so that nobody learns who is registered. Anyone may ask for anyone's address, so earlier
   * links keep working until this one is first used ({@link #supersedeOlderThan}).
   */
  @Transactional
  public void requestFresh(String editionId, String email) {
    editions
        .find(editionId)
        .ifPresent(
            edition ->
                registrations
                    .findByEmail(edition.id(), email)
                    .ifPresent(
                        participant ->
                            issue(participant.id(), edition, Reason.REQUESTED, "participant")));
  }

  /**
   * Replaces a participant's link: the old one stops working, a new one is sent to their address.
   *
   * @throws ParticipantNotFound if there is no such participant
   */
  @Transactional
  public void reissue(UUID participantId, String actor) {
    ParticipantSummary participant =
        registrations.find(participantId).orElseThrow(() -> new ParticipantNotFound(participantId));
    Edition edition = editions.find(participant.editionId()).orElseThrow();
    replace(participant, edition, Reason.REISSUED, actor);
  }

  /**
   * A link was opened for the first time: revokes the participant's links issued before it that
   * still work (revoked by {@value #SUPERSEDED}). Links issued after it are left alone, and so is
   * everything when the link is not known here. Runs in the transaction that records the event as
   * processed.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void supersedeOlderThan(AccessLinkFirstUsed used) {
    store
        .issuedAt(used.tokenHash(), used.participantId())
        .ifPresent(
            issuedAt -> {
              Instant now = Instant.now(clock);
              for (String hash : store.activeIssuedBefore(used.participantId(), issuedAt, now)) {
                revokeOne(used.participantId(), hash, SUPERSEDED, now);
              }
            });
  }

  /** Revokes every link of a participant. */
  @Transactional
  public void revoke(UUID participantId, String actor) {
    registrations.find(participantId).orElseThrow(() -> new ParticipantNotFound(participantId));
    revokeActive(participantId, actor);
  }

  /**
   * Revokes every link of a participant the caller has already found (and locked), in its
   * transaction.
   */
  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void revokeAllOf(UUID participantId, String actor) {
    revokeActive(participantId, actor);
  }

  /** Every link the participant was given, oldest first, without its hash. */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<IssuedLink> history(UUID participantId) {
    return store.history(participantId);
  }

  private void replace(
      ParticipantSummary participant, Edition edition, Reason reason, String actor) {
    revokeActive(participant.id(), actor);
    issue(participant.id(), edition, reason, actor);
  }

  private void revokeActive(UUID participantId, String actor) {
    Instant now = Instant.now(clock);
    for (String hash : store.active(participantId, now)) {
      revokeOne(participantId, hash, actor, now);
    }
  }

  private void revokeOne(UUID participantId, String hash, String actor, Instant now) {
    store.revoke(hash, now, actor);
    outbox.append(Topics.PARTICIPANTS, new AccessLinkRevoked(participantId, hash, actor, now));
  }

  private static Instant latest(Instant one, Instant other) {
    return one.isAfter(other) ? one : other;
  }

  /** What is stored and published instead of the token: the platform's {@link AccessLinkHash}. */
  public static String hash(String token) {
    return AccessLinkHash.of(token);
  }
}
