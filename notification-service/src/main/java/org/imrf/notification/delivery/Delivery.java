package org.imrf.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * One notification's delivery on one channel (and, for webhooks, to one endpoint).
 *
 * @param id assigned when it is queued
 * @param notificationId what is delivered
 * @param participantId whom it is for
 * @param editionId the edition the participant registered for; null when not known
 * @param kind the notification's kind
 * @param channel how it goes
 * @param target the webhook endpoint's id; empty for the other channels
 * @param state where it stands
 * @param attempts how many times it was tried
 * @param lastError why the last attempt failed, or why it is suppressed; null otherwise
 * @param createdAt when it was queued or suppressed
 * @param nextAttemptAt when it is next tried, while queued
 * @param sentAt when it was handed over; null until then
 */
public record Delivery(
    UUID id,
    UUID notificationId,
    UUID participantId,
    String editionId,
    String kind,
    Channel channel,
    String target,
    DeliveryState state,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant sentAt) {}
