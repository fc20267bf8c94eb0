package org.imrf.identity.staff;

import org.imrf.backbone.events.DomainEvent;

/** What happens to a staff account, in order, on {@link org.imrf.identity.Topics#STAFF}. */
sealed interface StaffAccountEvent extends DomainEvent
    permits StaffAccountCreated, StaffAccountChanged {

  /** The account's username: the record key. */
  String username();

  @Override
  default String aggregateId() {
    return username();
  }
}
