package org.imrf.notification.hearing;

import static org.assertj.core.api.Assertions.assertThat;

import org.imrf.contracts.EventContracts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This service's copies of the hearing events it reads can read every example the contracts give.
 */
class HearingConsumerContractTest {

  private final EventContracts contracts = EventContracts.load();
  // as the inbox reads events: fields a copy does not know are ignored
  private final JsonMapper json =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Test
  void speakerSelectedExamplesAreReadable() {
    for (JsonNode example : examples("speakerSelected")) {
      JsonNode payload = example.get("payload");
      SpeakerSelected read = json.treeToValue(payload, SpeakerSelected.class);
      assertThat(read.participantId().toString())
          .isEqualTo(payload.get("participantId").asString());
      assertThat(read.position()).isEqualTo(payload.get("position").asInt());
      assertThat(read.plannedStartAt()).isNotNull();
      assertThat(read.speakerTimeZone()).isEqualTo(payload.get("speakerTimeZone").asString());
      assertThat(java.time.Duration.parse(read.speakingTime())).isPositive();
    }
  }

  @Test
  void speakerDeclinedExamplesAreReadable() {
    for (JsonNode example : examples("speakerDeclined")) {
      JsonNode payload = example.get("payload");
      SpeakerDeclined read = json.treeToValue(payload, SpeakerDeclined.class);
      assertThat(read.reason()).isEqualTo(payload.get("reason").asString());
      assertThat(read.sessionTitle()).isNotBlank();
    }
  }

  private Iterable<JsonNode> examples(String message) {
    JsonNode examples = contracts.document().at("/components/messages/" + message + "/examples");
    assertThat(examples.size()).as(message + " examples").isPositive();
    return examples;
  }
}
