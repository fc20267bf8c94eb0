package org.imrf.notification.rescheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.imrf.notification.notification.Message;
import org.imrf.notification.notification.Notification;
import org.imrf.notification.notification.Notifications;
import org.imrf.notification.notification.Templates;
import org.imrf.notification.participant.KnownParticipant;
import org.imrf.notification.participant.ParticipantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Tells every participant of a rescheduled edition, each in their language. */
@Service
public class ReschedulingMessages {

  public static final String KIND = "edition-rescheduled";

  private final ParticipantDirectory participants;
  private final Notifications notifications;
  private final Templates templates;
  private final Clock clock;
  private final String programmeBase;

  ReschedulingMessages(
      ParticipantDirectory participants,
      Notifications notifications,
      Templates templates,
      Clock clock,
      @Value("${imrf.programme-base-url}") String programmeBase) {
    this.participants = participants;
    this.notifications = notifications;
    this.templates = templates;
    this.clock = clock;
    this.programmeBase = programmeBase.replaceAll("/+$", "");
  }

  /**
   * Writes one message per participant; runs in the transaction that records the event as
   * processed.
   */
  public void tell(EditionRescheduled rescheduled, UUID eventId) {
    Instant now = Instant.now(clock);
    for (KnownParticipant participant : participants.ofEdition(rescheduled.editionId())) {
      Locale locale = Locale.forLanguageTag(participant.language());
      Message message =
          templates.render(
              KIND,
              participant.language(),
              participant.name(),
              rescheduled.title(),
              when(rescheduled.current(), participant.language(), locale),
              programmeBase + "/" + rescheduled.editionId());
      notifications.add(
          new Notification(
              UUID.randomUUID(),
              participant.id(),
              eventId,
              KIND,
              "email",
              participant.email(),
              participant.language(),
              message.subject(),
              message.body(),
              now));
    }
  }

  private String when(EditionRescheduled.Schedule schedule, String language, Locale locale) {
    if (schedule.startsOn() == null || schedule.endsOn() == null) {
      return templates.phrase(KIND + ".no-dates", language);
    }
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    return templates.phrase(
        KIND + ".dates",
        language,
        dates.format(schedule.startsOn()),
        dates.format(schedule.endsOn()));
  }
}
