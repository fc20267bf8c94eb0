package org.imrf.notification.inbox;

import java.util.UUID;

/** Published on this instance once an entry is committed, so its streams get it at once. */
public record InboxEntryAdded(UUID participantId) {}
