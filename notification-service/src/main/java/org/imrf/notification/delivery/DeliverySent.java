package org.imrf.notification.delivery;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.EventType;

/** A notification was handed over on a channel: to the mail relay, the inbox, the endpoint. */
@EventType(name = "imrf.delivery.sent", version = 1)
public record DeliverySent(
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
