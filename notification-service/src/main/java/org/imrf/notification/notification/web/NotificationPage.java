package org.imrf.notification.notification.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of a participant's notifications, newest first. */
@Schema(name = "NotificationPage")
record NotificationPage(
    List<NotificationResponse> items, int page, int size, long totalItems, long totalPages) {}
