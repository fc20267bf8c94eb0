package org.imrf.gateway.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.imrf.contracts.EventContracts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The gateway's copies of the events it reads can read every example the contracts give. */
class ConsumerContractTest {

  private final EventContracts contracts = EventContracts.load();
  // as SessionEvents reads events: fields a copy does not know are ignored
  private final JsonMapper json =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Test
  void accessLinkRevokedExamplesAreReadable() {
    for (JsonNode example : examples("accessLinkRevoked")) {
      AccessLinkRevoked read = json.treeToValue(example.get("payload"), AccessLinkRevoked.class);
      assertThat(read.tokenHash()).isEqualTo(example.get("payload").get("tokenHash").asString());
    }
  }

  @Test
  void participantErasedAndCancelledExamplesAreReadable() {
    for (JsonNode example : examples("participantErased")) {
      assertThat(
              json.treeToValue(example.get("payload"), ParticipantErased.class)
                  .participantId()
                  .toString())
          .isEqualTo(example.get("payload").get("participantId").asString());
    }
    for (JsonNode example : examples("participantCancelled")) {
      assertThat(
              json.treeToValue(example.get("payload"), ParticipantCancelled.class)
                  .participantId()
                  .toString())
          .isEqualTo(example.get("payload").get("participantId").asString());
    }
  }

  @Test
  void staffAccountChangedExamplesAreReadable() {
    for (JsonNode example : examples("staffAccountChanged")) {
      StaffAccountChanged read =
          json.treeToValue(example.get("payload"), StaffAccountChanged.class);
      assertThat(read.username()).isEqualTo(example.get("payload").get("username").asString());
      assertThat(read.enabled()).isEqualTo(example.get("payload").get("enabled").asBoolean());
    }
  }

  @Test
  void theTypesTheGatewayListensForAreTheContractsOwn() {
    assertThat(contracts.event(StaffAccountChanged.TYPE)).isPresent();
    assertThat(contracts.event(AccessLinkRevoked.TYPE)).isPresent();
    assertThat(contracts.event(ParticipantErased.TYPE)).isPresent();
    assertThat(contracts.event(ParticipantCancelled.TYPE)).isPresent();
  }

  private Iterable<JsonNode> examples(String message) {
    JsonNode examples = contracts.document().at("/components/messages/" + message + "/examples");
    assertThat(examples.size()).as(message + " examples").isPositive();
    return examples;
  }
}
