package org.imrf.notification.hearing;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.imrf.backbone.language.LocalTimes;
import org.imrf.notification.edition.EditionDirectory;
import org.imrf.notification.notification.Message;
import org.imrf.notification.notification.Notification;
import org.imrf.notification.notification.Notifications;
import org.imrf.notification.notification.Templates;
import org.imrf.notification.participant.KnownParticipant;
import org.imrf.notification.participant.ParticipantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tells speakers, in their language, whether they were selected to speak in the hearing: their
 * place, time limit and planned time (where the hearing is held, and where they are when that
 * differs), or the reason they were not. Every method runs in the transaction that records the
 * event as processed.
 */
@Service
public class HearingMessages {

  public static final String SELECTED = "hearing-speaker-selected";
  public static final String DECLINED = "hearing-speaker-declined";
  private static final Logger log = LoggerFactory.getLogger(HearingMessages.class);

  private final ParticipantDirectory participants;
  private final EditionDirectory editions;
  private final Notifications notifications;
  private final Templates templates;
  private final Clock clock;

  HearingMessages(
      ParticipantDirectory participants,
      EditionDirectory editions,
      Notifications notifications,
      Templates templates,
      Clock clock) {
    this.participants = participants;
    this.editions = editions;
    this.notifications = notifications;
    this.templates = templates;
    this.clock = clock;
  }

  /**
   * Nothing for a speaker erased meanwhile.
   *
   * @throws IllegalStateException if the speaker's registration was not seen (retried, then
   *     dead-lettered, as for the participants topic)
   */
  public void selected(SpeakerSelectedV2 selected, UUID eventId) {
    Optional<KnownParticipant> known =
        participants.requireUnlessForgotten(selected.participantId());
    if (known.isEmpty()) {
      log.info("Not telling {} of a decision: they were erased", selected.participantId());
      return;
    }
    KnownParticipant speaker = known.get();
    if (speaker.cancelledAt() != null) {
      log.info("Not telling {} of their selection: they cancelled", speaker.id());
      return;
    }
    String language = speaker.language();
    ZoneId venue = ZoneId.of(selected.timeZone());
    Instant start = selected.plannedStartAt();
    String yours = "";
    ZoneId own = zone(selected.speakerTimeZone());
    if (own != null && !own.getRules().getOffset(start).equals(venue.getRules().getOffset(start))) {
      yours =
          templates.phrase(
              SELECTED + ".your-time",
              language,
              LocalTimes.dateTime(start, own, language),
              LocalTimes.zoneName(own, language));
    }
    send(
        speaker,
        SELECTED,
        eventId,
        selected.sessionTitles().in(language),
        String.valueOf(selected.position()),
        minutes(Duration.parse(selected.speakingTime()), language),
        templates.phrase(
            SELECTED + ".at",
            language,
            LocalTimes.dateTime(start, venue, language),
            LocalTimes.zoneName(venue, language)),
        yours);
  }

  /**
   * @throws IllegalStateException if the speaker's registration was not seen
   */
  public void declined(SpeakerDeclinedV2 declined, UUID eventId) {
    Optional<KnownParticipant> known =
        participants.requireUnlessForgotten(declined.participantId());
    if (known.isEmpty()) {
      log.info("Not telling {} of a decision: they were erased", declined.participantId());
      return;
    }
    KnownParticipant speaker = known.get();
    if (speaker.cancelledAt() != null) {
      log.info("Not telling {} of their request's decline: they cancelled", speaker.id());
      return;
    }
    String reason =
        declined.reason() == null || declined.reason().isBlank()
            ? templates.phrase(DECLINED + ".no-reason", speaker.language())
            : declined.reason();
    send(speaker, DECLINED, eventId, declined.sessionTitles().in(speaker.language()), reason);
  }

  private void send(KnownParticipant speaker, String kind, UUID eventId, Object... more) {
    Object[] arguments = new Object[2 + more.length];
    arguments[0] = speaker.name();
    arguments[1] = editions.titleFor(speaker);
    System.arraycopy(more, 0, arguments, 2, more.length);
    Message message = templates.render(kind, speaker.language(), arguments);
    notifications.add(
        new Notification(
            UUID.randomUUID(),
            speaker.id(),
            eventId,
            kind,
            "email",
            speaker.email(),
            speaker.language(),
            message.subject(),
            message.body(),
            Instant.now(clock)));
  }

  /**
   * A time limit in minutes, to a tenth, with the language's decimal separator and the Latin digits
   * its dates are written with.
   */
  private static String minutes(Duration time, String language) {
    NumberFormat format =
        NumberFormat.getNumberInstance(
            new Locale.Builder()
                .setLanguage(language)
                .setUnicodeLocaleKeyword("nu", "latn")
                .build());
    format.setMaximumFractionDigits(1);
    return format.format(time.toSeconds() / 60.0);
  }

  /** The speaker's own zone, if the event names one this JVM knows. */
  private static ZoneId zone(String id) {
    try {
      return id == null ? null : ZoneId.of(id);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
