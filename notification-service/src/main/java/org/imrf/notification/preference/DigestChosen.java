package org.imrf.notification.preference;

import java.util.UUID;

/**
 * Published in the transaction that replaces a participant's preferences: whether they now get a
 * daily digest, and at which local hour. The digest's scheduling follows it.
 */
public record DigestChosen(UUID participantId, boolean daily, int hour) {}
