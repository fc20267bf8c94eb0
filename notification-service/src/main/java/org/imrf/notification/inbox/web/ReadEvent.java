package org.imrf.notification.inbox.web;

import java.util.UUID;

/** The data of a stream's {@code read} event: a notification marked read or unread. */
record ReadEvent(UUID id, boolean read) {}
