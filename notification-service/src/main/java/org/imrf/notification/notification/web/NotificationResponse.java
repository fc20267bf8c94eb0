package org.imrf.notification.notification.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.language.TextDirection;
import org.imrf.backbone.web.OneOf;
import org.imrf.notification.notification.Notification;

/** A notification as the API shows it. */
@Schema(name = "Notification")
record NotificationResponse(
    UUID id,
    UUID participantId,
    String kind,
    String channel,
    String recipient,
    @Schema(description = "ISO 639-1 code of the UN language it is written in") String language,
    @Schema(description = "Text direction to render it with") @OneOf(TextDirection.class)
        String direction,
    String subject,
    String body,
    Instant createdAt) {

  static NotificationResponse of(Notification notification) {
    return new NotificationResponse(
        notification.id(),
        notification.participantId(),
        notification.kind(),
        notification.channel(),
        notification.recipient(),
        notification.language(),
        notification.direction(),
        notification.subject(),
        notification.body(),
        notification.createdAt());
  }
}
