package org.imrf.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AsyncApiDocumentTest {

  private final EventContracts contracts = EventContracts.load();

  @Test
  void everyTopicIsCreatedWithSeveralPartitionsAndKeepsItsRecordsForADefinedTime() {
    assertThat(contracts.topics()).isNotEmpty();
    assertThat(contracts.topics())
        .allSatisfy(
            topic -> {
              assertThat(topic.partitions()).as(topic.name()).isGreaterThan(1);
              assertThat(topic.config()).as(topic.name()).containsKey("retention.ms");
            });
  }

  @Test
  void topicNamesAreDomainWordsPrefixedByTheirOwner() {
    assertThat(contracts.topics())
        .extracting(TopicSpec::name)
        .allMatch(name -> name.matches("[a-z]+\\.[a-z]+(-[a-z]+)*"), "<owner>.<words>");
  }

  @Test
  void everyEventTypeCarriesItsVersionAndHasASchemaTitledAfterIt() {
    assertThat(contracts.events()).isNotEmpty();
    contracts
        .events()
        .values()
        .forEach(
            event -> {
              assertThat(event.type()).matches("imrf(\\.[a-z]+(-[a-z]+)*)+\\.v[1-9][0-9]*");
              JsonNode schema = contracts.schema(event.payloadSchema()).getSchemaNode();
              assertThat(schema.path("title").asString()).isEqualTo(event.type());
            });
  }

  @Test
  void everyExampleInTheDocumentSatisfiesItsOwnSchemas() {
    int examples = 0;
    for (var channel : contracts.document().path("channels").properties()) {
      for (var message : channel.getValue().path("messages").properties()) {
        JsonNode resolved =
            contracts.document().at(message.getValue().path("$ref").asString().substring(1));
        String type = resolved.path("name").asString();
        if (contracts.event(type).isEmpty()) {
          continue;
        }
        for (JsonNode example : resolved.path("examples")) {
          Map<String, String> headers = new LinkedHashMap<>();
          example
              .path("headers")
              .properties()
              .forEach(h -> headers.put(h.getKey(), h.getValue().asString()));
          byte[] payload = example.path("payload").toString().getBytes(StandardCharsets.UTF_8);
          assertThat(
                  contracts.violations(
                      type, channel.getValue().path("address").asString(), headers, payload))
              .as(type + " example '" + example.path("name").asString() + "'")
              .isEmpty();
          examples++;
        }
      }
    }
    assertThat(examples).isGreaterThanOrEqualTo(contracts.events().size());
  }

  @Test
  void aPayloadMissingFieldsOrWithUndeclaredOnesIsReported() {
    var type = "imrf.participant.registered.v1";
    Map<String, String> headers =
        Map.of(
            "ce_specversion", "1.0",
            "ce_id", "8f0b7a8e-3c1e-4f55-9a39-5d1d3c6f1a20",
            "ce_source", "/imrf/registration-service",
            "ce_type", type,
            "ce_time", "2026-03-02T14:05:11.204Z",
            "ce_subject", "0b6f5a57-2d55-4a7c-9e0b-4f4a3c1f7b11",
            "content-type", "application/json");
    byte[] payload =
        "{\"participantId\":\"0b6f5a57-2d55-4a7c-9e0b-4f4a3c1f7b11\",\"preferredLanguage\":\"de\",\"extra\":1}"
            .getBytes(StandardCharsets.UTF_8);

    assertThat(contracts.violations(type, "registration.participants", headers, payload))
        .extracting(ContractViolation::toString)
        .anyMatch(v -> v.contains("email"))
        .anyMatch(v -> v.contains("preferredLanguage"))
        .anyMatch(v -> v.contains("extra"));
  }

  @Test
  void anUndeclaredTypeOrAWrongTopicIsReported() {
    assertThat(contracts.violations("imrf.unknown.v1", "x", Map.of(), new byte[0])).hasSize(1);
    assertThat(
            contracts.violations(
                "imrf.participant.registered.v1",
                "elsewhere",
                Map.of(),
                "{}".getBytes(StandardCharsets.UTF_8)))
        .extracting(ContractViolation::part)
        .contains("type", "headers", "payload");
  }
}
