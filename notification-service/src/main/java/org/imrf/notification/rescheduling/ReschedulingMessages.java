package org.imrf.notification.rescheduling;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.backbone.language.LocalTimes;
import org.imrf.notification.Topics;
import org.imrf.notification.edition.EditionDirectory;
import org.imrf.notification.edition.KnownEdition;
import org.imrf.notification.notification.NotificationWriter;
import org.imrf.notification.notification.Templates;
import org.imrf.notification.participant.KnownParticipant;
import org.imrf.notification.participant.ParticipantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tells every participant of a rescheduled edition, each in their language, what moved: the
 * edition's days (or that they did not change), and each segment moved, added or dropped, from when
 * to when, where the forum is held and where the participant is.
 */
@Service
class ReschedulingMessages implements EventHandlers {

  static final String KIND = "edition-rescheduled";
  private static final Logger log = LoggerFactory.getLogger(ReschedulingMessages.class);

  private final ParticipantDirectory participants;
  private final EditionDirectory editions;
  private final NotificationWriter notifications;
  private final Templates templates;
  private final ProgrammeLink programme;

  ReschedulingMessages(
      ParticipantDirectory participants,
      EditionDirectory editions,
      NotificationWriter notifications,
      Templates templates,
      ProgrammeLink programme) {
    this.participants = participants;
    this.editions = editions;
    this.notifications = notifications;
    this.templates = templates;
    this.programme = programme;
  }

  /** Both versions still read of a rescheduling. */
  @Override
  public void register(Routes routes) {
    routes
        .from(Topics.EDITIONS)
        .on(
            EditionRescheduled.TYPE,
            EditionRescheduled.class,
            (rescheduled, event) -> tell(rescheduled.read(), event.id()))
        .on(
            EditionRescheduledV2.TYPE,
            EditionRescheduledV2.class,
            (rescheduled, event) -> tell(rescheduled.read(), event.id()));
  }

  /**
   * Writes one message per participant; runs in the transaction that records the event as
   * processed. A rescheduling that moved nothing (titles changed alone) tells nobody anything.
   */
  void tell(Rescheduling rescheduling, UUID eventId) {
    KnownEdition edition =
        new KnownEdition(
            rescheduling.editionId(), rescheduling.titles(), rescheduling.venueZone().getId());
    if (rescheduling.titlesInEnglishOnly()) {
      editions.rememberFromVersionOne(edition);
    } else {
      editions.remember(edition);
    }
    Rescheduling.Changes changes = rescheduling.changes();
    if (changes.none()) {
      log.info("Rescheduling of {} moved nothing: nobody is told", rescheduling.editionId());
      return;
    }
    for (KnownParticipant participant : participants.ofEdition(rescheduling.editionId())) {
      String language = participant.language();
      notifications.email(
          participant,
          KIND,
          eventId,
          String.join("\n", lines(rescheduling, changes, language, zone(participant))),
          programme.to(rescheduling.editionId(), language));
    }
  }

  /** One line per change, then the days if they did not change. */
  private List<String> lines(
      Rescheduling rescheduling, Rescheduling.Changes changes, String language, ZoneId own) {
    ZoneId venue = rescheduling.venueZone();
    List<String> lines = new ArrayList<>();
    if (changes.daysMoved()) {
      lines.add(
          templates.phrase(
              KIND + ".days-moved",
              language,
              days(rescheduling.current(), language),
              days(rescheduling.previous(), language)));
    }
    for (Rescheduling.Move move : changes.moved()) {
      lines.add(
          templates.phrase(
              KIND + ".segment-moved",
              language,
              move.after().titles().in(language),
              when(move.after(), venue, own, language),
              when(move.before(), venue, own, language)));
    }
    for (Rescheduling.Segment added : changes.added()) {
      lines.add(
          templates.phrase(
              KIND + ".segment-added",
              language,
              added.titles().in(language),
              when(added, venue, own, language)));
    }
    for (Rescheduling.Segment dropped : changes.dropped()) {
      lines.add(
          templates.phrase(
              KIND + ".segment-dropped",
              language,
              dropped.titles().in(language),
              when(dropped, venue, own, language)));
    }
    if (!changes.daysMoved() && rescheduling.current().dated()) {
      lines.add(
          templates.phrase(
              KIND + ".days-unchanged", language, days(rescheduling.current(), language)));
    }
    return lines;
  }

  private String days(Rescheduling.Schedule schedule, String language) {
    return schedule.dated()
        ? LocalTimes.dates(schedule.startsOn(), schedule.endsOn(), language)
        : templates.phrase(KIND + ".no-dates", language);
  }

  /** When a segment is held where the forum is, and where the participant is if that differs. */
  private String when(Rescheduling.Segment segment, ZoneId venue, ZoneId own, String language) {
    String there =
        templates.phrase(
            KIND + ".at",
            language,
            LocalTimes.span(segment.startsAt(), segment.endsAt(), venue, language),
            LocalTimes.zoneName(venue, language));
    if (own == null
        || own.getRules()
            .getOffset(segment.startsAt())
            .equals(venue.getRules().getOffset(segment.startsAt()))) {
      return there;
    }
    return there
        + templates.phrase(
            KIND + ".your-time",
            language,
            LocalTimes.span(segment.startsAt(), segment.endsAt(), own, language),
            LocalTimes.zoneName(own, language));
  }

  private static ZoneId zone(KnownParticipant participant) {
    try {
      return participant.timeZone() == null ? null : ZoneId.of(participant.timeZone());
    } catch (DateTimeException unknown) {
      return null;
    }
  }
}
