package org.imrf.backbone.forgetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.imrf.backbone.events.CloudEvent;
import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.backbone.inbox.InboundEvent;
import org.imrf.contracts.EventContracts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facility's rules, without Spring: the service test proves them on the broker and database.
 */
class ForgettingTest {

  private final JsonMapper json = JsonMapper.builder().build();
  private final Set<UUID> recorded = new HashSet<>();
  private final List<String> calls = new ArrayList<>();
  private final Forgetting forgetting =
      new Forgetting(
          new ForgottenParticipants() {
            @Override
            public boolean record(UUID participantId) {
              return recorded.add(participantId);
            }

            @Override
            public boolean contains(UUID participantId) {
              return recorded.contains(participantId);
            }
          },
          List.of(id -> calls.add("copies " + id), id -> calls.add("messages " + id)),
          json);

  @Test
  void anErasureCallsEveryHookOnceAndRecordsTheId() {
    UUID erased = UUID.randomUUID();

    forgetting.forget(erased);
    forgetting.forget(erased);

    assertThat(calls).containsExactly("copies " + erased, "messages " + erased);
    assertThat(recorded).containsExactly(erased);
  }

  @Test
  void laterNewsOfAForgottenParticipantIsNotAdmittedAndNewsOfOthersIs() {
    UUID erased = UUID.randomUUID();
    forgetting.forget(erased);

    assertThat(forgetting.admits(event(Map.of("participantId", erased.toString())))).isFalse();
    assertThat(forgetting.admits(event(Map.of("participantId", UUID.randomUUID().toString()))))
        .isTrue();
    assertThat(forgetting.admits(event(Map.of("editionId", "imrf-2026")))).isTrue();
  }

  @Test
  void anUnreadablePayloadIsLeftToTheConsumerToDeadLetter() {
    forgetting.forget(UUID.randomUUID());

    assertThat(forgetting.admits(event("{not json".getBytes(StandardCharsets.UTF_8)))).isTrue();
    assertThat(forgetting.admits(event(Map.of("participantId", "not-an-id")))).isTrue();
    assertThat(forgetting.admits(event(new byte[0]))).isTrue();
  }

  @Test
  void theErasureIsReadFromTheTopicTheContractsDeclareItOn() {
    Map<String, String> registered = new LinkedHashMap<>();
    forgetting.register(
        topic ->
            new EventHandlers.Registry() {
              @Override
              public <T> EventHandlers.Registry on(
                  String type, Class<T> payloadType, BiConsumer<T, InboundEvent> effect) {
                registered.put(type, topic);
                return this;
              }
            });

    assertThat(registered).containsOnlyKeys(ParticipantErased.TYPE);
    assertThat(EventContracts.load().event(ParticipantErased.TYPE))
        .hasValueSatisfying(
            spec -> assertThat(spec.topic()).isEqualTo(registered.get(ParticipantErased.TYPE)));
  }

  @Test
  void theFacilitysCopyOfTheErasureReadsEveryExampleTheContractsGive() {
    JsonNode examples =
        EventContracts.load().document().at("/components/messages/participantErased/examples");
    assertThat(examples.size()).isPositive();
    // as the inbox reads events: fields a copy does not know are ignored
    JsonMapper tolerant =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    for (JsonNode example : examples) {
      ParticipantErased read =
          tolerant.treeToValue(example.get("payload"), ParticipantErased.class);
      assertThat(read.participantId().toString())
          .isEqualTo(example.get("payload").get("participantId").asString());
    }
  }

  private InboundEvent event(Map<String, String> payload) {
    return event(json.writeValueAsBytes(payload));
  }

  private static InboundEvent event(byte[] payload) {
    return new InboundEvent(
        new CloudEvent(
            UUID.randomUUID(),
            "/imrf/registration-service",
            "imrf.hearing.speaker-selected.v2",
            "imrf-2026",
            Instant.now()),
        "registration.hearing",
        0,
        0,
        payload);
  }
}
