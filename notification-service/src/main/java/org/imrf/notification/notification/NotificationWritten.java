package org.imrf.notification.notification;

/**
 * Published by {@link NotificationWriter} inside the transaction that writes the notification:
 * listeners that write in the same transaction (its deliveries) commit or roll back with it.
 */
public record NotificationWritten(Notification notification) {}
