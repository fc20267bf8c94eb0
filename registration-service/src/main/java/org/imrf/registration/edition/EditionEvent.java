package org.imrf.registration.edition;

import org.imrf.backbone.events.DomainEvent;

/** What happens to an edition, in order, on {@link org.imrf.registration.Topics#EDITIONS}. */
public sealed interface EditionEvent extends DomainEvent
    permits EditionScheduled, EditionRescheduled, EditionDetailsChanged {}
