package org.imrf.notification.digest;

import com.ibm.icu.text.MessageFormat;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.imrf.backbone.forgetting.ForgetsParticipants;
import org.imrf.backbone.language.LocalTimes;
import org.imrf.notification.delivery.ChannelChoices;
import org.imrf.notification.notification.NotificationWriter;
import org.imrf.notification.notification.Templates;
import org.imrf.notification.participant.KnownParticipant;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.notification.preference.DigestChosen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes each participant who chose the daily digest one email a day, at their local hour, listing
 * the messages written for them since their last one whose email was held for it; none when there
 * is nothing to tell. Each participant's digest is claimed, done and rescheduled in one
 * transaction.
 */
@Service
class DailyDigests implements ForgetsParticipants {

  static final String KIND = "daily-digest";
  private static final Logger log = LoggerFactory.getLogger(DailyDigests.class);

  private final DigestStore store;
  private final ParticipantDirectory participants;
  private final NotificationWriter writer;
  private final Templates templates;
  private final ChannelChoices choices;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final Duration retryAfter;

  DailyDigests(
      DigestStore store,
      ParticipantDirectory participants,
      NotificationWriter writer,
      Templates templates,
      ChannelChoices choices,
      Clock clock,
      PlatformTransactionManager transactionManager,
      @Value("${imrf.digest.interval:5m}") Duration interval) {
    this.store = store;
    this.participants = participants;
    this.writer = writer;
    this.templates = templates;
    this.choices = choices;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
    this.retryAfter = interval;
  }

  /** Schedules or ends a participant's digests, in the transaction that changed their choice. */
  @EventListener
  void chosen(DigestChosen chosen) {
    if (!chosen.daily()) {
      if (store.unschedule(chosen.participantId())) {
        // what was held for the digest goes now, rather than never
        participants.find(chosen.participantId()).ifPresent(this::writeHeldNow);
      }
      return;
    }
    participants
        .find(chosen.participantId())
        .ifPresent(
            participant ->
                store.schedule(
                    participant.id(),
                    chosen.hour(),
                    nextAt(participant.zone(), chosen.hour(), clock.instant())));
  }

  /**
   * Writes every digest now due, one participant per transaction, and says how many were written.
   * Runs every {@code imrf.digest.interval} on each instance; they share the work.
   */
  @Scheduled(
      fixedDelayString = "${imrf.digest.interval:5m}",
      initialDelayString = "${imrf.digest.interval:5m}")
  public int writeDue() {
    int written = 0;
    while (true) {
      AtomicReference<UUID> claimed = new AtomicReference<>();
      Optional<Boolean> done;
      try {
        done =
            transactions.execute(
                status -> {
                  Instant now = clock.instant();
                  return store
                      .claimDue(now)
                      .map(
                          due -> {
                            claimed.set(due.participantId());
                            return digest(due, now);
                          });
                });
      } catch (RuntimeException failed) {
        if (claimed.get() == null) {
          throw failed;
        }
        // one participant's failure must not hold up the others': theirs is tried again later
        log.error(
            "Daily digest of participant {} failed; trying again later", claimed.get(), failed);
        transactions.executeWithoutResult(
            status -> store.reschedule(claimed.get(), clock.instant().plus(retryAfter)));
        continue;
      }
      if (done == null || done.isEmpty()) {
        return written;
      }
      if (done.get()) {
        written++;
      }
    }
  }

  /** Does a claimed participant's digest; whether one was written. */
  private boolean digest(DigestStore.Due due, Instant now) {
    Optional<KnownParticipant> known = participants.find(due.participantId());
    if (known.isEmpty()) {
      store.unschedule(due.participantId());
      return false;
    }
    KnownParticipant participant = known.get();
    ZoneId zone = participant.zone();
    store.reschedule(participant.id(), nextAt(zone, due.hour(), now));
    ZonedDateTime dueAt = lastAt(zone, due.hour(), now);
    LocalDate day = dueAt.toLocalDate();
    Instant since = store.coveredUntil(participant.id()).orElse(dueAt.minusDays(1).toInstant());
    List<DigestStore.Held> held =
        store.held(participant.id(), since, now).stream()
            .filter(message -> choices.inDigest(participant.id(), message.kind()))
            .toList();
    if (!store.markDone(participant.id(), day, now, held.size()) || held.isEmpty()) {
      return false;
    }
    String language = participant.language();
    writer.email(
        participant,
        KIND,
        eventOf(participant.id(), day),
        count(held.size(), language),
        lines(held, zone, language));
    return true;
  }

  /**
   * Writes one last digest of the emails held so far, for a participant who no longer wants one: in
   * the transaction that changed their choice, so it is written exactly when the choice is.
   */
  private void writeHeldNow(KnownParticipant participant) {
    Instant now = clock.instant();
    Instant since = store.coveredUntil(participant.id()).orElse(now.minus(Duration.ofDays(1)));
    List<DigestStore.Held> held = store.heldEmails(participant.id(), since, now);
    if (held.isEmpty()) {
      return;
    }
    LocalDate day = now.atZone(participant.zone()).toLocalDate();
    store.markCovered(participant.id(), day, now, held.size());
    writer.email(
        participant,
        KIND,
        UUID.nameUUIDFromBytes(
            (KIND + "/" + participant.id() + "/until/" + now).getBytes(StandardCharsets.UTF_8)),
        count(held.size(), participant.language()),
        lines(held, participant.zone(), participant.language()));
  }

  private String lines(List<DigestStore.Held> held, ZoneId zone, String language) {
    return held.stream()
        .map(
            message ->
                templates.phrase(
                    "daily-digest.line",
                    language,
                    LocalTimes.dateTime(message.createdAt(), zone, language),
                    message.subject()))
        .collect(Collectors.joining("\n"));
  }

  /** The same participant and day always make the same event: a rerun never writes two. */
  static UUID eventOf(UUID participant, LocalDate day) {
    return UUID.nameUUIDFromBytes(
        (KIND + "/" + participant + "/" + day).getBytes(StandardCharsets.UTF_8));
  }

  /** "3 updates", with the plural forms of the language (Arabic and Russian have several). */
  static String count(int updates, String language) {
    String pattern =
        ResourceBundle.getBundle("i18n.digest", Locale.forLanguageTag(language), NO_SYSTEM_LOCALE)
            .getString("daily-digest.count");
    return new MessageFormat(pattern, LocalTimes.locale(language)).format(new Object[] {updates});
  }

  private static final ResourceBundle.Control NO_SYSTEM_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** The first time the local hour comes after {@code after}. */
  static Instant nextAt(ZoneId zone, int hour, Instant after) {
    ZonedDateTime today = after.atZone(zone).toLocalDate().atTime(hour, 0).atZone(zone);
    return today.toInstant().isAfter(after) ? today.toInstant() : today.plusDays(1).toInstant();
  }

  /** The last time the local hour came, at or before {@code now}. */
  static ZonedDateTime lastAt(ZoneId zone, int hour, Instant now) {
    ZonedDateTime today = now.atZone(zone).toLocalDate().atTime(hour, 0).atZone(zone);
    return today.toInstant().isAfter(now) ? today.minusDays(1) : today;
  }

  /** Deletes the schedule and record of an erased participant's digests. */
  @Override
  public void forget(UUID participantId) {
    store.forget(participantId);
  }
}
