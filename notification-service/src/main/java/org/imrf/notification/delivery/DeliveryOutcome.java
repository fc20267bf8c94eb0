package org.imrf.notification.delivery;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.DomainEvent;

/**
 * Where a delivery ended, on topic {@code notification.deliveries}, keyed by participant: one type
 * per outcome, so that a reader picks the outcomes it counts by {@code ce_type} alone, and a new
 * outcome is a new type rather than a new value old readers do not expect.
 */
public sealed interface DeliveryOutcome extends DomainEvent
    permits DeliverySent, DeliveryFailed, DeliveryBounced, DeliverySuppressed {

  UUID participantId();

  Instant at();

  @Override
  default String aggregateId() {
    return participantId().toString();
  }

  @Override
  default Instant occurredAt() {
    return at();
  }

  /** The event that tells where a delivery now stands; none while it is still queued. */
  static DeliveryOutcome of(Delivery delivery, Instant at) {
    String channel = delivery.channel().code();
    String state = delivery.state().code();
    return switch (delivery.state()) {
      case SENT ->
          new DeliverySent(
              delivery.id(),
              delivery.notificationId(),
              delivery.participantId(),
              delivery.editionId(),
              delivery.kind(),
              channel,
              delivery.target(),
              state,
              delivery.attempts(),
              delivery.lastError(),
              at);
      case FAILED ->
          new DeliveryFailed(
              delivery.id(),
              delivery.notificationId(),
              delivery.participantId(),
              delivery.editionId(),
              delivery.kind(),
              channel,
              delivery.target(),
              state,
              delivery.attempts(),
              delivery.lastError(),
              at);
      case BOUNCED ->
          new DeliveryBounced(
              delivery.id(),
              delivery.notificationId(),
              delivery.participantId(),
              delivery.editionId(),
              delivery.kind(),
              channel,
              delivery.target(),
              state,
              delivery.attempts(),
              delivery.lastError(),
              at);
      case SUPPRESSED ->
          new DeliverySuppressed(
              delivery.id(),
              delivery.notificationId(),
              delivery.participantId(),
              delivery.editionId(),
              delivery.kind(),
              channel,
              delivery.target(),
              state,
              delivery.attempts(),
              delivery.lastError(),
              at);
      case QUEUED -> throw new IllegalArgumentException("a queued delivery has no outcome yet");
    };
  }
}
