package org.imrf.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.imrf.backbone.events.DomainEvent;
import org.imrf.contracts.EventContracts;
import org.imrf.contracts.TopicSpec;
import org.imrf.registration.accesslink.AccessLinkFirstUsed;
import org.imrf.registration.badge.CheckInEvent;
import org.imrf.registration.edition.EditionEvent;
import org.imrf.registration.hearing.HearingEvent;
import org.imrf.registration.participant.ParticipantEvent;
import org.junit.jupiter.api.Test;

class TopicsTest {

  private final EventContracts contracts = EventContracts.load();

  @Test
  void everyEventThisServiceCanPublishIsDeclaredOnItsTopicInTheContracts() {
    assertDeclaredOn(ParticipantEvent.class, Topics.PARTICIPANTS);
    assertDeclaredOn(EditionEvent.class, Topics.EDITIONS);
    assertDeclaredOn(CheckInEvent.class, Topics.CHECK_INS);
    assertDeclaredOn(HearingEvent.class, Topics.HEARING);
  }

  @Test
  void everyTopicAndEventThisServiceReadsIsDeclaredInTheContracts() {
    assertThat(contracts.topics())
        .extracting(TopicSpec::name)
        .contains(Topics.ACCESS_LINKS, Topics.DEAD_LETTERS);
    assertThat(contracts.event(AccessLinkFirstUsed.TYPE))
        .hasValueSatisfying(spec -> assertThat(spec.topic()).isEqualTo(Topics.ACCESS_LINKS));
  }

  private void assertDeclaredOn(Class<?> stream, String topic) {
    Arrays.stream(stream.getPermittedSubclasses())
        .map(type -> DomainEvent.typeOf(type.asSubclass(DomainEvent.class)))
        .forEach(
            type ->
                assertThat(contracts.event(type))
                    .as(type)
                    .hasValueSatisfying(spec -> assertThat(spec.topic()).isEqualTo(topic)));
  }
}
