package org.imrf.registration.hearing;

import org.imrf.backbone.events.DomainEvent;

/**
 * What happens in an edition's hearing, in order, on {@link org.imrf.registration.Topics#HEARING}:
 * keyed by edition, so that a session's running order is read as it was set.
 */
public sealed interface HearingEvent extends DomainEvent
    permits SpeakerRequested, SpeakerSelected, SpeakerDeclined, RunningOrderSet {}
