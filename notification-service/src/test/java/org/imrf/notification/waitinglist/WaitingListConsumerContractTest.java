package org.imrf.notification.waitinglist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.notification.ContractExamples.payloads;
import static org.imrf.notification.ContractExamples.read;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** This feature's copy of waiting-list-promoted can read every example given. */
class WaitingListConsumerContractTest {

  @Test
  void waitingListPromotedExamplesAreReadable() {
    for (JsonNode payload : payloads("waitingListPromoted")) {
      assertThat(read(payload, WaitingListPromoted.class).promotedAt()).isNotNull();
    }
  }
}
