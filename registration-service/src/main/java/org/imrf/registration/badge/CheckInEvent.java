package org.imrf.registration.badge;

import org.imrf.backbone.events.DomainEvent;

/** Badges issued and participants arriving, on {@link org.imrf.registration.Topics#CHECK_INS}. */
public sealed interface CheckInEvent extends DomainEvent
    permits BadgeIssued, ParticipantCheckedIn {}
