package org.imrf.notification.hearing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.backbone.language.LocalTimes;
import org.imrf.notification.Topics;
import org.imrf.notification.notification.NotificationWriter;
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
class HearingMessages implements EventHandlers {

  static final String SELECTED = "hearing-speaker-selected";
  static final String DECLINED = "hearing-speaker-declined";
  private static final Logger log = LoggerFactory.getLogger(HearingMessages.class);

  private final ParticipantDirectory participants;
  private final NotificationWriter notifications;
  private final Templates templates;

  HearingMessages(
      ParticipantDirectory participants, NotificationWriter notifications, Templates templates) {
    this.participants = participants;
    this.notifications = notifications;
    this.templates = templates;
  }

  /** Both versions still read of the decisions about speakers. */
  @Override
  public void register(Routes routes) {
    routes
        .from(Topics.HEARING)
        .on(
            SpeakerSelected.TYPE,
            SpeakerSelected.class,
            (selected, event) -> selected(selected.read(), event.id()))
        .on(
            SpeakerSelectedV2.TYPE,
            SpeakerSelectedV2.class,
            (selected, event) -> selected(selected, event.id()))
        .on(
            SpeakerDeclined.TYPE,
            SpeakerDeclined.class,
            (declined, event) -> declined(declined.read(), event.id()))
        .on(
            SpeakerDeclinedV2.TYPE,
            SpeakerDeclinedV2.class,
            (declined, event) -> declined(declined, event.id()));
  }

  /**
   * News of a speaker erased meanwhile never gets here: the backbone's forgetting drops it.
   *
   * @throws IllegalStateException if the speaker's registration was not seen (retried, then
   *     dead-lettered, as for the participants topic)
   */
  void selected(SpeakerSelectedV2 selected, UUID eventId) {
    KnownParticipant speaker = participants.require(selected.participantId());
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
    notifications.email(
        speaker,
        SELECTED,
        eventId,
        selected.sessionTitles().in(language),
        String.valueOf(selected.position()),
        minutes(Duration.parse(selected.speakingTime())),
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
  void declined(SpeakerDeclinedV2 declined, UUID eventId) {
    KnownParticipant speaker = participants.require(declined.participantId());
    if (speaker.cancelledAt() != null) {
      log.info("Not telling {} of their request's decline: they cancelled", speaker.id());
      return;
    }
    String reason =
        declined.reason() == null || declined.reason().isBlank()
            ? templates.phrase(DECLINED + ".no-reason", speaker.language())
            : declined.reason();
    notifications.email(
        speaker, DECLINED, eventId, declined.sessionTitles().in(speaker.language()), reason);
  }

  /** A time limit in minutes, to a tenth: a number, which the text counts with its plural. */
  private static BigDecimal minutes(Duration time) {
    BigDecimal minutes =
        BigDecimal.valueOf(time.toSeconds())
            .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return minutes.scale() < 0 ? minutes.setScale(0) : minutes;
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
