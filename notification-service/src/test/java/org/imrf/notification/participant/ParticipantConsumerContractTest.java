package org.imrf.notification.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.notification.ContractExamples.payloads;
import static org.imrf.notification.ContractExamples.read;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** This feature's copies of the participant events it reads can read every example given. */
class ParticipantConsumerContractTest {

  @Test
  void participantRegisteredExamplesAreReadable() {
    for (JsonNode payload : payloads("participantRegistered")) {
      ParticipantRegistered read = read(payload, ParticipantRegistered.class);
      assertThat(read.name()).isEqualTo(payload.get("name").asString());
      assertThat(read.preferredLanguage()).isNotBlank();
    }
  }

  @Test
  void participantRegisteredVersionTwoExamplesAreReadable() {
    for (JsonNode payload : payloads("participantRegisteredV2")) {
      ParticipantRegisteredV2 read = read(payload, ParticipantRegisteredV2.class);
      assertThat(read.attendance()).isEqualTo(payload.get("attendance").asString());
      assertThat(read.accreditation()).isNotBlank();
    }
  }

  @Test
  void participantDetailsChangedExamplesAreReadable() {
    for (JsonNode payload : payloads("participantDetailsChanged")) {
      assertThat(read(payload, ParticipantDetailsChanged.class).preferredLanguage()).isNotBlank();
    }
  }
}
