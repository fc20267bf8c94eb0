package org.imrf.notification.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.notification.ContractExamples.payloads;
import static org.imrf.notification.ContractExamples.read;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** This feature's copies of the accreditation events it reads can read every example given. */
class AccreditationConsumerContractTest {

  @Test
  void accreditationGrantedExamplesAreReadable() {
    for (JsonNode payload : payloads("accreditationGranted")) {
      assertThat(read(payload, AccreditationGranted.class).how()).isNotBlank();
    }
  }

  @Test
  void accreditationRefusedExamplesAreReadable() {
    for (JsonNode payload : payloads("accreditationRefused")) {
      assertThat(read(payload, AccreditationRefused.class).participantId()).isNotNull();
    }
  }
}
