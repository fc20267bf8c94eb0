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
      assertThat(read.organisation()).isEqualTo(payload.get("organisation").asString());
    }
  }

  @Test
  void participantRegisteredVersionThreeExamplesKeepWhomTheParticipantRepresents() {
    for (JsonNode payload : payloads("participantRegisteredV3")) {
      ParticipantRegisteredV3 read = read(payload, ParticipantRegisteredV3.class);
      assertThat(read.organisation()).isEqualTo(payload.get("organisation").asString());
      assertThat(read.country()).isEqualTo(payload.get("country").asString());
      assertThat(read.category()).isEqualTo(payload.get("category").asString());
    }
  }

  @Test
  void participantDetailsChangedExamplesAreReadable() {
    for (JsonNode payload : payloads("participantDetailsChanged")) {
      assertThat(read(payload, ParticipantDetailsChanged.class).preferredLanguage()).isNotBlank();
    }
  }
}
