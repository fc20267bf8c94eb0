package org.imrf.notification.inbox;

import java.util.List;
import java.util.UUID;

/**
 * Published in the transaction that marks notifications read or unread, so that every open stream
 * of the participant (another tab) shows it.
 */
public record InboxReadChanged(UUID participantId, List<UUID> notificationIds, boolean read) {}
