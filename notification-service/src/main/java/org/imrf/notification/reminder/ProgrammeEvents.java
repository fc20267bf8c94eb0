package org.imrf.notification.reminder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;

/**
 * This feature's own copies of the events that say who takes part in which part of the programme,
 * and when it is, with only what reminders need.
 */
final class ProgrammeEvents {

  private ProgrammeEvents() {}

  /** A segment, titled in English alone (version 1 of the edition events). */
  record SegmentV1(String kind, String title, Instant startsAt, Instant endsAt) {
    SegmentV2 read() {
      return new SegmentV2(kind, MultilingualText.english(title), startsAt, endsAt);
    }
  }

  /** A segment, titled in each language given. */
  record SegmentV2(String kind, MultilingualText titles, Instant startsAt, Instant endsAt) {}

  record ScheduleV1(List<SegmentV1> programme) {
    List<SegmentV2> read() {
      return programme == null ? List.of() : programme.stream().map(SegmentV1::read).toList();
    }
  }

  record ScheduleV2(List<SegmentV2> programme) {
    List<SegmentV2> read() {
      return programme == null ? List.of() : programme;
    }
  }

  /** edition-scheduled, version 1: the programme as first set. */
  record ScheduledV1(String editionId, String timeZone, ScheduleV1 schedule) {
    static final String TYPE = "imrf.edition.scheduled.v1";
  }

  /** edition-scheduled, version 2. */
  record ScheduledV2(String editionId, String timeZone, ScheduleV2 schedule) {
    static final String TYPE = "imrf.edition.scheduled.v2";
  }

  /** edition-rescheduled, version 1: the programme as it now is. */
  record RescheduledV1(String editionId, String timeZone, ScheduleV1 current) {
    static final String TYPE = "imrf.edition.rescheduled.v1";
  }

  /** edition-rescheduled, version 2. */
  record RescheduledV2(String editionId, String timeZone, ScheduleV2 current) {
    static final String TYPE = "imrf.edition.rescheduled.v2";
  }

  /** speaker-selected, version 1: the session titled in English. */
  record SpeakerSelectedV1(
      UUID participantId,
      String editionId,
      String sessionId,
      String sessionTitle,
      String timeZone,
      Instant plannedStartAt) {
    static final String TYPE = "imrf.hearing.speaker-selected.v1";

    SpeakerSelectedV2 read() {
      return new SpeakerSelectedV2(
          participantId,
          editionId,
          sessionId,
          MultilingualText.english(sessionTitle),
          timeZone,
          plannedStartAt);
    }
  }

  /** speaker-selected, version 2: their planned turn, the session titled in each language. */
  record SpeakerSelectedV2(
      UUID participantId,
      String editionId,
      String sessionId,
      MultilingualText sessionTitles,
      String timeZone,
      Instant plannedStartAt) {
    static final String TYPE = "imrf.hearing.speaker-selected.v2";
  }

  /** speaker-declined, either version: the speaker no longer speaks in the session. */
  record SpeakerDeclined(UUID participantId, String sessionId) {
    static final String TYPE_V1 = "imrf.hearing.speaker-declined.v1";
    static final String TYPE_V2 = "imrf.hearing.speaker-declined.v2";
  }

  /** A speaker's place in a running order: their planned turn. */
  record Turn(UUID participantId, Instant plannedStartAt) {}

  /** running-order-set, version 1: the session's whole order as it now stands. */
  record RunningOrderSetV1(
      String editionId,
      String sessionId,
      String sessionTitle,
      String timeZone,
      List<Turn> speakers) {
    static final String TYPE = "imrf.hearing.running-order-set.v1";

    RunningOrderSetV2 read() {
      return new RunningOrderSetV2(
          editionId, sessionId, MultilingualText.english(sessionTitle), timeZone, speakers);
    }
  }

  /** running-order-set, version 2: the session titled in each language given. */
  record RunningOrderSetV2(
      String editionId,
      String sessionId,
      MultilingualText sessionTitles,
      String timeZone,
      List<Turn> speakers) {
    static final String TYPE = "imrf.hearing.running-order-set.v2";
  }

  /** participant-registered, any version: who registered for which edition. */
  record ParticipantRegistered(UUID participantId, String editionId) {
    static final String TYPE_V1 = "imrf.participant.registered.v1";
    static final String TYPE_V2 = "imrf.participant.registered.v2";
    static final String TYPE_V3 = "imrf.participant.registered.v3";
  }
}
