package org.imrf.notification.delivery;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/** A notification's delivery on a channel was given up after every attempt allowed. */
@EventType(name = "imrf.delivery.failed", version = 1)
public record DeliveryFailed(
    UUID deliveryId,
    UUID notificationId,
    UUID participantId,
    String editionId,
    String kind,
    String channel,
    String target,
    String state,
    int attempts,
    String error,
    Instant at)
    implements DeliveryOutcome {}
