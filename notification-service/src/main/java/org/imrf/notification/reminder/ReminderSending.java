package org.imrf.notification.reminder;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imrf.backbone.language.LocalTimes;
import org.imrf.notification.notification.NotificationWriter;
import org.imrf.notification.notification.Templates;
import org.imrf.notification.participant.KnownParticipant;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.notification.rescheduling.ProgrammeLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns due reminders into notifications, on a schedule ({@code imrf.reminder.check-every}). Each
 * is claimed in a transaction of its own ({@code for update skip locked}), so that instances share
 * the work and none sends one twice; one whose item has started already is not sent (it was due
 * while the service was down, and is too late now).
 */
@Component
class ReminderSending {

  /**
   * What each kind of reminder starts with: {@code reminder-segment}, {@code
   * reminder-speaking-turn}.
   */
  static final String KIND = "reminder";

  private static final Logger log = LoggerFactory.getLogger(ReminderSending.class);
  private static final int BATCH = 500;

  private final ReminderStore reminders;
  private final ParticipantDirectory participants;
  private final NotificationWriter notifications;
  private final Templates templates;
  private final ProgrammeLink programme;
  private final Clock clock;
  private final TransactionTemplate transaction;

  ReminderSending(
      ReminderStore reminders,
      ParticipantDirectory participants,
      NotificationWriter notifications,
      Templates templates,
      ProgrammeLink programme,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.reminders = reminders;
    this.participants = participants;
    this.notifications = notifications;
    this.templates = templates;
    this.programme = programme;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Scheduled(
      fixedDelayString = "${imrf.reminder.check-every}",
      initialDelayString = "${imrf.reminder.check-every}")
  void sendDueReminders() {
    int sent;
    do {
      sent = sendDue(BATCH);
    } while (sent == BATCH);
  }

  /**
   * Handles up to {@code limit} due reminders, one transaction each.
   *
   * @return how many were handled (sent or otherwise settled)
   */
  int sendDue(int limit) {
    int handled = 0;
    while (handled < limit) {
      List<Reminder> failed = new ArrayList<>(1);
      Boolean claimed;
      try {
        claimed =
            transaction.execute(
                status -> {
                  Optional<Reminder> due = reminders.claimDue(clock.instant());
                  due.ifPresent(failed::add);
                  due.ifPresent(this::handle);
                  return due.isPresent();
                });
      } catch (RuntimeException e) {
        if (failed.isEmpty()) {
          throw e;
        }
        // set aside, so that it does not block those due after it; its error says why
        log.error("Reminder {} could not be sent", failed.get(0).id(), e);
        transaction.executeWithoutResult(
            status ->
                reminders.settle(failed.get(0).id(), "failed", clock.instant(), e.toString()));
        claimed = true;
      }
      if (!Boolean.TRUE.equals(claimed)) {
        break;
      }
      handled++;
    }
    return handled;
  }

  private void handle(Reminder reminder) {
    Instant now = clock.instant();
    Item item = reminder.item();
    if (!item.startsAt().isAfter(now)) {
      log.info("Reminder {} not sent: {} has started already", reminder.id(), item.key());
      reminders.settle(reminder.id(), "missed", now, null);
      return;
    }
    Optional<KnownParticipant> participant =
        participants.find(reminder.participantId()).filter(p -> p.cancelledAt() == null);
    if (participant.isEmpty()) {
      reminders.settle(reminder.id(), "cancelled", now, null);
      return;
    }
    if (reminders.shorterLeadDue(reminder, now)) {
      // both came due while the service was down: only the nearer one is worth sending
      reminders.settle(reminder.id(), "superseded", now, null);
      return;
    }
    KnownParticipant to = participant.get();
    String language = to.language();
    List<Object> more = new ArrayList<>();
    more.add(item.titles().in(language));
    more.add(until(Duration.between(now, item.startsAt()), language));
    ZoneId venue = zone(item.venueZone());
    more.add(
        templates.phrase(
            "reminder.at",
            language,
            when(item, venue, language),
            LocalTimes.zoneName(venue, language)));
    ZoneId own = to.zoneOr(() -> item.venueZone());
    more.add(
        own.getRules()
                .getOffset(item.startsAt())
                .equals(venue.getRules().getOffset(item.startsAt()))
            ? ""
            : templates.phrase(
                "reminder.your-time",
                language,
                when(item, own, language),
                LocalTimes.zoneName(own, language)));
    if (Item.SEGMENT.equals(item.kind())) {
      more.add(programme.to(item.editionId(), language));
    }
    // a kind per item, so that a participant may keep one kind of reminder and not the other
    notifications.email(to, KIND + "-" + item.kind(), reminder.sourceEventId(), more.toArray());
    reminders.settle(reminder.id(), "sent", now, null);
  }

  /**
   * How long until the item starts, in the largest whole unit that says it: days from two days on,
   * hours from one hour on, else minutes.
   */
  private String until(Duration left, String language) {
    long minutes = Math.max(1, Math.round(left.toSeconds() / 60.0));
    if (minutes >= 47 * 60 + 30) {
      return templates.phrase("reminder.in-days", language, Math.round(minutes / 1440.0));
    }
    if (minutes >= 60) {
      return templates.phrase("reminder.in-hours", language, Math.round(minutes / 60.0));
    }
    return templates.phrase("reminder.in-minutes", language, minutes);
  }

  /** A speaking turn's moment, or a segment's span, where it is seen. */
  private static String when(Item item, ZoneId zone, String language) {
    return item.endsAt() == null
        ? LocalTimes.dateTime(item.startsAt(), zone, language)
        : LocalTimes.span(item.startsAt(), item.endsAt(), zone, language);
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException unknown) {
      return ZoneId.of("UTC");
    }
  }
}
