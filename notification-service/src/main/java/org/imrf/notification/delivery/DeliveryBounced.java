package org.imrf.notification.delivery;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/** A notification was refused for good on a channel (an address the relay rejects). */
@EventType(name = "imrf.delivery.bounced", version = 1)
public record DeliveryBounced(
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
