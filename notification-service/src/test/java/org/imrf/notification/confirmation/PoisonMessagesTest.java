package org.imrf.notification.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imrf.testing.TopicProbe.header;
import static org.imrf.testing.TopicProbe.keyed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imrf.notification.EventFixtures;
import org.imrf.notification.Topics;
import org.imrf.testing.ContractAssertions;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicProbe;
import org.imrf.testing.TopicWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

@ServiceTest
class PoisonMessagesTest {

  @Autowired RestTestClient http;

  @Test
  void anUnreadablePayloadIsDeadLetteredAndTheNextEventOnThePartitionIsStillConfirmed() {
    UUID participant = UUID.randomUUID();
    var events = EventFixtures.registration(participant, "Kofi", "en", "http://x/l");
    var valid = events.get(0);

    // given a record with the right headers but a payload that is not JSON, on the participant's
    // partition
    Map<String, String> headers = new HashMap<>(valid.headers());
    headers.put("ce_id", UUID.randomUUID().toString());
    TopicWriter.send(
        Topics.PARTICIPANTS, valid.key(), headers, "{not json".getBytes(StandardCharsets.UTF_8));

    // and after it, on the same partition, valid events
    events.forEach(EventFixtures.Event::send);

    // then the participant is confirmed
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                http.get()
                    .uri("/notifications?participant={p}", participant)
                    .header("Authorization", "Bearer " + TestTokens.attendee(participant))
                    .exchange()
                    .expectBody()
                    .jsonPath("$.totalItems")
                    .isEqualTo(1));

    // and the unreadable one is on the dead-letter topic, as it came, with why
    ConsumerRecord<String, byte[]> dead = deadLetter(valid.key());
    assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    assertThat(header(dead, "ce_id")).isEqualTo(headers.get("ce_id"));
    assertThat(header(dead, "x-original-topic")).isEqualTo(Topics.PARTICIPANTS);
    assertThat(header(dead, "x-exception-message")).contains("unreadable payload");
    assertThat(TopicProbe.headers(dead).keySet())
        .as("headers that infra/contracts/schemas/dead-letter-headers.json requires")
        .containsAll(deadLetterHeadersRequiredByTheContract());

    // and operations can see it in the service's metrics
    assertThat(
            http.get()
                .uri("/actuator/prometheus")
                .header("Authorization", "Bearer " + TestTokens.ops())
                .exchange()
                .returnResult(String.class)
                .getResponseBody())
        .containsPattern(
            "imrf_events_dead_lettered_total\\{[^}]*topic=\"registration.participants\"");
  }

  @Test
  void aRecordWithoutEventHeadersIsDeadLettered() {
    String key = UUID.randomUUID().toString();

    TopicWriter.send(Topics.PARTICIPANTS, key, Map.of(), "{}".getBytes(StandardCharsets.UTF_8));

    assertThat(header(deadLetter(key), "x-exception-message"))
        .contains("missing header ce_specversion");
  }

  @Test
  void anEventMissingRequiredFieldsIsDeadLettered() {
    UUID participant = UUID.randomUUID();
    var valid = EventFixtures.registered(UUID.randomUUID(), participant, "Ana", "es");

    TopicWriter.send(
        Topics.PARTICIPANTS,
        valid.key(),
        valid.headers(),
        ("{\"participantId\":\"" + participant + "\"}").getBytes(StandardCharsets.UTF_8));

    assertThat(header(deadLetter(valid.key()), "x-exception-message"))
        .contains("unreadable payload");
  }

  private static List<String> deadLetterHeadersRequiredByTheContract() {
    return ContractAssertions.contracts()
        .schema("contracts/schemas/dead-letter-headers.json")
        .getSchemaNode()
        .get("required")
        .valueStream()
        .map(JsonNode::asString)
        .toList();
  }

  private static ConsumerRecord<String, byte[]> deadLetter(String key) {
    try (TopicProbe deadLetters = TopicProbe.of(Topics.DEAD_LETTERS)) {
      var records = deadLetters.await(keyed(key), 1, Duration.ofSeconds(30));
      assertThat(records).as("dead letters keyed " + key).hasSize(1);
      return records.get(0);
    }
  }
}
