package org.imrf.identity.attendee;

import java.util.UUID;

/** A link that opens something now: whose it is. */
public record ActiveLink(UUID participantId, String editionId) {}
