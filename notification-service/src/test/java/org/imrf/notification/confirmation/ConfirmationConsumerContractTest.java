package org.imrf.notification.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.notification.ContractExamples.payloads;
import static org.imrf.notification.ContractExamples.read;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** This feature's copies of the participant events it reads can read every example given. */
class ConfirmationConsumerContractTest {

  @Test
  void accessLinkIssuedExamplesAreReadable() {
    for (JsonNode payload : payloads("accessLinkIssued")) {
      AccessLinkIssued read = read(payload, AccessLinkIssued.class);
      assertThat(read.atRegistration())
          .isEqualTo("registration".equals(payload.get("reason").asString()));
      assertThat(read.sealedLink()).isNotBlank();
    }
  }

  @Test
  void participantCancelledExamplesAreReadable() {
    for (JsonNode payload : payloads("participantCancelled")) {
      assertThat(read(payload, ParticipantCancelled.class).cancelledAt()).isNotNull();
    }
  }
}
