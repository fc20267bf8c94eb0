package org.imrf.notification.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.notification.ContractExamples.payloads;
import static org.imrf.notification.ContractExamples.read;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * This service's copies of the hearing events it reads can read every example the contracts give.
 */
class HearingConsumerContractTest {

  @Test
  void speakerSelectedExamplesAreReadable() {
    for (JsonNode payload : payloads("speakerSelected")) {
      SpeakerSelected read = read(payload, SpeakerSelected.class);
      assertThat(read.participantId().toString())
          .isEqualTo(payload.get("participantId").asString());
      assertThat(read.position()).isEqualTo(payload.get("position").asInt());
      assertThat(read.plannedStartAt()).isNotNull();
      assertThat(read.speakerTimeZone()).isEqualTo(payload.get("speakerTimeZone").asString());
      assertThat(Duration.parse(read.speakingTime())).isPositive();
    }
  }

  @Test
  void speakerDeclinedExamplesAreReadable() {
    for (JsonNode payload : payloads("speakerDeclined")) {
      SpeakerDeclined read = read(payload, SpeakerDeclined.class);
      assertThat(read.reason()).isEqualTo(payload.get("reason").asString());
      assertThat(read.sessionTitle()).isNotBlank();
    }
  }
}
