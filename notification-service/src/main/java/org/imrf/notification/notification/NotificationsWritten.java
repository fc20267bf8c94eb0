package org.imrf.notification.notification;

import java.util.List;

/**
 * Published by {@link NotificationWriter} inside the transaction that writes many notifications at
 * once (an announcement to an edition): listeners write their deliveries in bulk, in the same
 * transaction.
 */
public record NotificationsWritten(List<Notification> notifications) {}
