package org.imrf.notification.rescheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.notification.ContractExamples.payloads;
import static org.imrf.notification.ContractExamples.read;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** This feature's copies of edition-rescheduled can read every example given. */
class ReschedulingConsumerContractTest {

  @Test
  void editionRescheduledExamplesAreReadable() {
    for (JsonNode payload : payloads("editionRescheduled")) {
      EditionRescheduled read = read(payload, EditionRescheduled.class);
      assertThat(read.editionId()).isEqualTo(payload.get("editionId").asString());
      assertThat(read.current().startsOn()).isNotNull();
    }
  }
}
