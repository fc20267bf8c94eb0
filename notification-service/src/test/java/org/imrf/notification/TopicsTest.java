package org.imrf.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.imrf.contracts.EventContracts;
import org.imrf.contracts.TopicSpec;
import org.imrf.notification.confirmation.AccessLinkIssued;
import org.imrf.notification.hearing.SpeakerDeclined;
import org.imrf.notification.hearing.SpeakerSelected;
import org.imrf.notification.participant.ParticipantRegistered;
import org.imrf.notification.rescheduling.EditionRescheduled;
import org.junit.jupiter.api.Test;

class TopicsTest {

  private final EventContracts contracts = EventContracts.load();

  @Test
  void everyTopicThisServiceUsesIsDeclaredInTheContracts() {
    assertThat(contracts.topics())
        .extracting(TopicSpec::name)
        .contains(Topics.PARTICIPANTS, Topics.EDITIONS, Topics.HEARING, Topics.DEAD_LETTERS);
  }

  @Test
  void everyEventThisServiceReadsIsDeclaredOnTheTopicItReadsItFrom() {
    for (String type : new String[] {ParticipantRegistered.TYPE, AccessLinkIssued.TYPE}) {
      assertThat(contracts.event(type))
          .as(type)
          .hasValueSatisfying(spec -> assertThat(spec.topic()).isEqualTo(Topics.PARTICIPANTS));
    }
    assertThat(contracts.event(EditionRescheduled.TYPE))
        .hasValueSatisfying(spec -> assertThat(spec.topic()).isEqualTo(Topics.EDITIONS));
    for (String type : new String[] {SpeakerSelected.TYPE, SpeakerDeclined.TYPE}) {
      assertThat(contracts.event(type))
          .as(type)
          .hasValueSatisfying(spec -> assertThat(spec.topic()).isEqualTo(Topics.HEARING));
    }
  }
}
