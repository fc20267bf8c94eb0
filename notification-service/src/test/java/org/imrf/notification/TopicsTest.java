package org.imrf.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.backbone.inbox.InboundEvent;
import org.imrf.contracts.EventContracts;
import org.imrf.contracts.TopicSpec;
import org.imrf.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class TopicsTest {

  private final EventContracts contracts = EventContracts.load();

  @Autowired List<EventHandlers> features;

  @Test
  void everyTopicThisServiceUsesIsDeclaredInTheContracts() {
    assertThat(contracts.topics())
        .extracting(TopicSpec::name)
        .contains(
            Topics.PARTICIPANTS,
            Topics.EDITIONS,
            Topics.HEARING,
            Topics.ANNOUNCEMENTS,
            Topics.DELIVERIES,
            Topics.DEAD_LETTERS);
  }

  @Test
  void everyEventAFeatureHandlesIsDeclaredOnTheTopicItReadsItFrom() {
    List<String> checked = new ArrayList<>();
    for (EventHandlers feature : features) {
      feature.register(
          topic ->
              new EventHandlers.Registry() {
                @Override
                public <T> EventHandlers.Registry on(
                    String type, Class<T> payloadType, BiConsumer<T, InboundEvent> effect) {
                  assertThat(contracts.event(type))
                      .as(type + " handled by " + feature.getClass().getSimpleName())
                      .hasValueSatisfying(spec -> assertThat(spec.topic()).isEqualTo(topic));
                  checked.add(type);
                  return this;
                }
              });
    }
    assertThat(checked)
        .as("the types of every topic read, the erasure among them")
        .contains(
            "imrf.participant.registered.v3",
            "imrf.participant.access-link-issued.v1",
            "imrf.participant.erased.v1",
            "imrf.edition.rescheduled.v2",
            "imrf.hearing.speaker-selected.v2");
  }
}
