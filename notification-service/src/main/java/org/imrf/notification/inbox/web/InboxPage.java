package org.imrf.notification.inbox.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of a participant's inbox, newest first.
 *
 * @param unread how many of the participant's notifications are unread
 * @param lastEventId the seq of the newest entry: a stream opened with it as {@code lastEventId}
 *     brings everything after this page, nothing missed
 */
@Schema(name = "InboxPage")
record InboxPage(
    List<InboxItem> items,
    int page,
    int size,
    long totalItems,
    long totalPages,
    long unread,
    long lastEventId) {}
