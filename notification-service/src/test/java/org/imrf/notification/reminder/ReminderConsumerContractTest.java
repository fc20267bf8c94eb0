package org.imrf.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.notification.ContractExamples.payloads;
import static org.imrf.notification.ContractExamples.read;

import org.imrf.notification.reminder.ProgrammeEvents.ParticipantRegistered;
import org.imrf.notification.reminder.ProgrammeEvents.RescheduledV1;
import org.imrf.notification.reminder.ProgrammeEvents.RescheduledV2;
import org.imrf.notification.reminder.ProgrammeEvents.RunningOrderSetV1;
import org.imrf.notification.reminder.ProgrammeEvents.RunningOrderSetV2;
import org.imrf.notification.reminder.ProgrammeEvents.ScheduledV1;
import org.imrf.notification.reminder.ProgrammeEvents.ScheduledV2;
import org.imrf.notification.reminder.ProgrammeEvents.SpeakerDeclined;
import org.imrf.notification.reminder.ProgrammeEvents.SpeakerSelectedV1;
import org.imrf.notification.reminder.ProgrammeEvents.SpeakerSelectedV2;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** This feature's copies of the events reminders are planned from read every example given. */
class ReminderConsumerContractTest {

  @Test
  void programmeExamplesAreReadable() {
    for (JsonNode payload : payloads("editionScheduled")) {
      ScheduledV1 read = read(payload, ScheduledV1.class);
      assertThat(read.editionId()).isEqualTo(payload.get("editionId").asString());
      assertThat(read.schedule().read()).hasSize(payload.get("schedule").get("programme").size());
    }
    for (JsonNode payload : payloads("editionScheduledV2")) {
      ScheduledV2 read = read(payload, ScheduledV2.class);
      assertThat(read.timeZone()).isEqualTo(payload.get("timeZone").asString());
      assertThat(read.schedule().read()).hasSize(payload.get("schedule").get("programme").size());
    }
    for (JsonNode payload : payloads("editionRescheduled")) {
      RescheduledV1 read = read(payload, RescheduledV1.class);
      assertThat(read.current().read()).hasSize(payload.get("current").get("programme").size());
    }
    for (JsonNode payload : payloads("editionRescheduledV2")) {
      RescheduledV2 read = read(payload, RescheduledV2.class);
      assertThat(read.current().read())
          .hasSize(payload.get("current").get("programme").size())
          .allSatisfy(segment -> assertThat(segment.startsAt()).isBefore(segment.endsAt()));
    }
  }

  @Test
  void speakerExamplesAreReadable() {
    for (JsonNode payload : payloads("speakerSelected")) {
      SpeakerSelectedV2 read = read(payload, SpeakerSelectedV1.class).read();
      assertThat(read.sessionId()).isEqualTo(payload.get("sessionId").asString());
      assertThat(read.plannedStartAt()).isNotNull();
    }
    for (JsonNode payload : payloads("speakerSelectedV2")) {
      SpeakerSelectedV2 read = read(payload, SpeakerSelectedV2.class);
      assertThat(read.sessionId()).isEqualTo(payload.get("sessionId").asString());
      assertThat(read.editionId()).isEqualTo(payload.get("editionId").asString());
      assertThat(read.sessionTitles().english()).isNotBlank();
    }
    for (String message : new String[] {"speakerDeclined", "speakerDeclinedV2"}) {
      for (JsonNode payload : payloads(message)) {
        SpeakerDeclined read = read(payload, SpeakerDeclined.class);
        assertThat(read.sessionId()).isEqualTo(payload.get("sessionId").asString());
        assertThat(read.participantId()).isNotNull();
      }
    }
  }

  @Test
  void runningOrderExamplesAreReadable() {
    for (JsonNode payload : payloads("runningOrderSet")) {
      RunningOrderSetV2 read = read(payload, RunningOrderSetV1.class).read();
      assertThat(read.speakers()).hasSize(payload.get("speakers").size());
      assertThat(read.sessionTitles().english()).isNotBlank();
    }
    for (JsonNode payload : payloads("runningOrderSetV2")) {
      RunningOrderSetV2 read = read(payload, RunningOrderSetV2.class);
      assertThat(read.sessionId()).isEqualTo(payload.get("sessionId").asString());
      assertThat(read.speakers())
          .hasSize(payload.get("speakers").size())
          .allSatisfy(turn -> assertThat(turn.plannedStartAt()).isNotNull());
    }
  }

  @Test
  void registrationExamplesAreReadable() {
    for (String message :
        new String[] {
          "participantRegistered", "participantRegisteredV2", "participantRegisteredV3"
        }) {
      for (JsonNode payload : payloads(message)) {
        ParticipantRegistered read = read(payload, ParticipantRegistered.class);
        assertThat(read.editionId()).isEqualTo(payload.get("editionId").asString());
        assertThat(read.participantId()).isNotNull();
      }
    }
  }
}
