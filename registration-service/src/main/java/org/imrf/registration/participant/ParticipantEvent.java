package org.imrf.registration.participant;

import org.imrf.backbone.events.DomainEvent;

/**
 * What happens to a participant, in order, on {@link org.imrf.registration.Topics#PARTICIPANTS}.
 */
public sealed interface ParticipantEvent extends DomainEvent
    permits ParticipantRegistered,
        ParticipantDetailsChanged,
        ParticipantCancelled,
        AccessLinkIssued,
        AccessLinkRevoked,
        AccreditationRequested,
        AccreditationProvisionallyApproved,
        AccreditationObjected,
        AccreditationGranted,
        AccreditationRefused,
        WaitingListPromoted,
        ParticipantErased {}
