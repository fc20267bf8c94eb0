package org.imrf.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.imrf.backbone.events.DomainEvent;
import org.imrf.contracts.EventContracts;
import org.imrf.contracts.TopicSpec;
import org.imrf.identity.attendee.AccessLinkFirstUsed;
import org.imrf.identity.attendee.AccessLinkIssued;
import org.imrf.identity.attendee.AccessLinkRevoked;
import org.imrf.identity.staff.StaffAccountChanged;
import org.imrf.identity.staff.StaffAccountCreated;
import org.junit.jupiter.api.Test;

class TopicsTest {

  private final EventContracts contracts = EventContracts.load();

  @Test
  void everyTopicAndEventThisServiceUsesIsDeclaredInTheContracts() {
    assertThat(contracts.topics())
        .extracting(TopicSpec::name)
        .contains(Topics.PARTICIPANTS, Topics.STAFF, Topics.ACCESS_LINKS, Topics.DEAD_LETTERS);
    for (String type : new String[] {AccessLinkIssued.TYPE, AccessLinkRevoked.TYPE}) {
      assertThat(contracts.event(type))
          .as(type)
          .hasValueSatisfying(spec -> assertThat(spec.topic()).isEqualTo(Topics.PARTICIPANTS));
    }
    for (String type :
        new String[] {
          DomainEvent.typeOf(StaffAccountCreated.class),
          DomainEvent.typeOf(StaffAccountChanged.class)
        }) {
      assertThat(contracts.event(type))
          .as(type)
          .hasValueSatisfying(spec -> assertThat(spec.topic()).isEqualTo(Topics.STAFF));
    }
    assertThat(contracts.event(DomainEvent.typeOf(AccessLinkFirstUsed.class)))
        .hasValueSatisfying(spec -> assertThat(spec.topic()).isEqualTo(Topics.ACCESS_LINKS));
  }
}
