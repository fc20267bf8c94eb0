package org.imrf.notification.delivery.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.web.OneOf;
import org.imrf.notification.delivery.Channel;
import org.imrf.notification.delivery.Delivery;
import org.imrf.notification.delivery.DeliveryState;

/** A delivery as the API shows it. */
@Schema(name = "Delivery")
record DeliveryResponse(
    UUID id,
    UUID notificationId,
    UUID participantId,
    @Schema(description = "The edition the participant registered for, when known")
        String editionId,
    String kind,
    @OneOf(Channel.class) String channel,
    @Schema(description = "The webhook endpoint's id; empty for the other channels") String target,
    @OneOf(DeliveryState.class) String state,
    int attempts,
    @Schema(description = "Why the last attempt failed, or why it is suppressed") String lastError,
    Instant createdAt,
    @Schema(description = "When it is next tried, while queued") Instant nextAttemptAt,
    Instant sentAt) {

  static DeliveryResponse of(Delivery delivery) {
    return new DeliveryResponse(
        delivery.id(),
        delivery.notificationId(),
        delivery.participantId(),
        delivery.editionId(),
        delivery.kind(),
        delivery.channel().code(),
        delivery.target(),
        delivery.state().code(),
        delivery.attempts(),
        delivery.lastError(),
        delivery.createdAt(),
        delivery.state() == DeliveryState.QUEUED ? delivery.nextAttemptAt() : null,
        delivery.sentAt());
  }
}
