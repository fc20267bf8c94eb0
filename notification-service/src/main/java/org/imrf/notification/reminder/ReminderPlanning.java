package org.imrf.notification.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.backbone.forgetting.ForgetsParticipants;
import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.notification.Topics;
import org.imrf.notification.participant.KnownParticipant;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.notification.reminder.ProgrammeEvents.ParticipantRegistered;
import org.imrf.notification.reminder.ProgrammeEvents.RescheduledV1;
import org.imrf.notification.reminder.ProgrammeEvents.RescheduledV2;
import org.imrf.notification.reminder.ProgrammeEvents.RunningOrderSetV1;
import org.imrf.notification.reminder.ProgrammeEvents.RunningOrderSetV2;
import org.imrf.notification.reminder.ProgrammeEvents.ScheduledV1;
import org.imrf.notification.reminder.ProgrammeEvents.ScheduledV2;
import org.imrf.notification.reminder.ProgrammeEvents.SegmentV2;
import org.imrf.notification.reminder.ProgrammeEvents.SpeakerDeclined;
import org.imrf.notification.reminder.ProgrammeEvents.SpeakerSelectedV1;
import org.imrf.notification.reminder.ProgrammeEvents.SpeakerSelectedV2;
import org.imrf.notification.reminder.ProgrammeEvents.Turn;
import org.springframework.stereotype.Service;

/**
 * Plans reminders from what the events say: a selected speaker's turn, and the edition's segments
 * for each of its participants; moves them when the programme, the running order or the turn moves,
 * and cancels them when a segment is dropped or a speaker declined or left out of the order. Every
 * method runs in the transaction that records the event as processed.
 */
@Service
class ReminderPlanning implements EventHandlers, ForgetsParticipants {

  private final ReminderStore reminders;
  private final ReminderLeads leads;
  private final ParticipantDirectory participants;
  private final Clock clock;

  ReminderPlanning(
      ReminderStore reminders,
      ReminderLeads leads,
      ParticipantDirectory participants,
      Clock clock) {
    this.reminders = reminders;
    this.leads = leads;
    this.participants = participants;
    this.clock = clock;
  }

  @Override
  public void register(Routes routes) {
    routes
        .from(Topics.EDITIONS)
        .on(
            ScheduledV1.TYPE,
            ScheduledV1.class,
            e -> programme(e.editionId(), e.timeZone(), e.schedule().read()))
        .on(
            ScheduledV2.TYPE,
            ScheduledV2.class,
            e -> programme(e.editionId(), e.timeZone(), e.schedule().read()))
        .on(
            RescheduledV1.TYPE,
            RescheduledV1.class,
            e -> programme(e.editionId(), e.timeZone(), e.current().read()))
        .on(
            RescheduledV2.TYPE,
            RescheduledV2.class,
            e -> programme(e.editionId(), e.timeZone(), e.current().read()));
    routes
        .from(Topics.HEARING)
        .on(SpeakerSelectedV1.TYPE, SpeakerSelectedV1.class, e -> selected(e.read()))
        .on(SpeakerSelectedV2.TYPE, SpeakerSelectedV2.class, this::selected)
        .on(SpeakerDeclined.TYPE_V1, SpeakerDeclined.class, this::declined)
        .on(SpeakerDeclined.TYPE_V2, SpeakerDeclined.class, this::declined)
        .on(RunningOrderSetV1.TYPE, RunningOrderSetV1.class, e -> runningOrder(e.read()))
        .on(RunningOrderSetV2.TYPE, RunningOrderSetV2.class, this::runningOrder);
    routes
        .from(Topics.PARTICIPANTS)
        .on(ParticipantRegistered.TYPE_V1, ParticipantRegistered.class, this::registered)
        .on(ParticipantRegistered.TYPE_V2, ParticipantRegistered.class, this::registered)
        .on(ParticipantRegistered.TYPE_V3, ParticipantRegistered.class, this::registered);
  }

  /**
   * The edition's programme as it now is: a segment that moved moves its reminders, one dropped
   * cancels them, one added is planned for every participant of the edition.
   */
  void programme(String editionId, String timeZone, List<SegmentV2> programme) {
    Instant now = clock.instant();
    Map<String, Item> before = new HashMap<>();
    reminders.segments(editionId).forEach(item -> before.put(item.key(), item));
    List<Item> current = segments(editionId, timeZone == null ? "UTC" : timeZone, programme);
    List<Item> added = new ArrayList<>();
    for (Item segment : current) {
      Item then = before.remove(segment.key());
      if (then == null) {
        added.add(segment);
      } else if (!then.sameAs(segment)) {
        reminders.move(segment, now);
      }
    }
    before.keySet().forEach(reminders::cancel);
    if (!added.isEmpty()) {
      List<UUID> everyone =
          participants.ofEdition(editionId).stream().map(KnownParticipant::id).toList();
      for (Item segment : added) {
        leads.all().forEach(lead -> reminders.planForEach(everyone, segment, lead, now));
      }
    }
    reminders.replaceSegments(editionId, current);
  }

  /** A selected speaker's turn, or its new time when they were selected again. */
  void selected(SpeakerSelectedV2 selected) {
    plan(
        selected.participantId(),
        Item.speakingTurn(
            selected.sessionId(),
            selected.editionId(),
            selected.sessionTitles(),
            selected.timeZone(),
            selected.plannedStartAt()),
        clock.instant());
  }

  /**
   * A session's running order as it now stands: each speaker's turn moves to its planned time, and
   * a speaker no longer in it is reminded no more.
   */
  void runningOrder(RunningOrderSetV2 order) {
    Instant now = clock.instant();
    List<UUID> speakers = new ArrayList<>();
    for (Turn turn : order.speakers()) {
      speakers.add(turn.participantId());
      plan(
          turn.participantId(),
          Item.speakingTurn(
              order.sessionId(),
              order.editionId(),
              order.sessionTitles(),
              order.timeZone(),
              turn.plannedStartAt()),
          now);
    }
    reminders.cancelAllBut(Item.SPEAKING_TURN + ":" + order.sessionId(), speakers);
  }

  void declined(SpeakerDeclined declined) {
    reminders.cancel(declined.participantId(), Item.SPEAKING_TURN + ":" + declined.sessionId());
  }

  /** A new participant is reminded of the edition's segments, as far as they are known. */
  void registered(ParticipantRegistered registered) {
    Instant now = clock.instant();
    reminders
        .segments(registered.editionId())
        .forEach(segment -> plan(registered.participantId(), segment, now));
  }

  @Override
  public void forget(UUID participantId) {
    reminders.forget(participantId);
  }

  private void plan(UUID participantId, Item item, Instant now) {
    for (Duration lead : leads.all()) {
      reminders.plan(participantId, item, lead, now);
    }
  }

  /**
   * The programme's segments as items: each named by kind, English title and rank among those that
   * share them, as reschedulings match segments.
   */
  private static List<Item> segments(String editionId, String zone, List<SegmentV2> programme) {
    Map<String, Integer> ranks = new LinkedHashMap<>();
    List<Item> items = new ArrayList<>();
    for (SegmentV2 segment : programme) {
      String identity = segment.kind() + ":" + segment.titles().english();
      int rank = ranks.merge(identity, 1, Integer::sum);
      items.add(
          new Item(
              Item.SEGMENT + ":" + editionId + ":" + identity + ":" + rank,
              Item.SEGMENT,
              editionId,
              segment.titles(),
              zone,
              segment.startsAt(),
              segment.endsAt()));
    }
    return items;
  }
}
