package org.imrf.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.imrf.contracts.EventContracts;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The examples the contracts give of one message, and how this service's copies read them: each
 * feature's consumer contract test proves that its copies read what the contracts allow.
 */
public final class ContractExamples {

  private static final EventContracts CONTRACTS = EventContracts.load();
  // as the inbox reads events: fields a copy does not know are ignored
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private ContractExamples() {}

  /** The payloads of the examples of {@code message} (an AsyncAPI message name); at least one. */
  public static List<JsonNode> payloads(String message) {
    JsonNode examples = CONTRACTS.document().at("/components/messages/" + message + "/examples");
    assertThat(examples.size()).as(message + " examples").isPositive();
    List<JsonNode> payloads = new ArrayList<>();
    examples.forEach(example -> payloads.add(example.get("payload")));
    return payloads;
  }

  /** A payload read as a copy reads it. */
  public static <T> T read(JsonNode payload, Class<T> copy) {
    return JSON.treeToValue(payload, copy);
  }
}
