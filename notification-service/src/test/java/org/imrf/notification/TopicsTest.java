package org.imrf.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.imrf.contracts.EventContracts;
import org.imrf.contracts.TopicSpec;
import org.imrf.notification.confirmation.ParticipantRegistered;
import org.junit.jupiter.api.Test;

class TopicsTest {

  private final EventContracts contracts = EventContracts.load();

  @Test
  void everyTopicThisServiceUsesIsDeclaredInTheContracts() {
    assertThat(contracts.topics())
        .extracting(TopicSpec::name)
        .contains(Topics.PARTICIPANTS, Topics.DEAD_LETTERS);
  }

  @Test
  void everyEventThisServiceReadsIsDeclaredOnTheTopicItReadsItFrom() {
    assertThat(contracts.event(ParticipantRegistered.TYPE))
        .hasValueSatisfying(spec -> assertThat(spec.topic()).isEqualTo(Topics.PARTICIPANTS));
  }
}
