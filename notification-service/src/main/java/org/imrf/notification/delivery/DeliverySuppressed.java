package org.imrf.notification.delivery;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/** A notification is not sent on a channel, by the recipient's choice or for their digest. */
@EventType(name = "imrf.delivery.suppressed", version = 1)
public record DeliverySuppressed(
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
