/**
 * notification-service: what attendees hear from the forum. One package per feature; each feature
 * keeps its copies of the events it reads and declares its handlers for them ({@code …Handlers}),
 * which {@link org.imrf.notification.TopicConsumers} routes each topic's events to; {@code
 * notification.NotificationWriter} writes every message; an erased participant is forgotten by the
 * backbone's forgetting, through each feature's hook.
 */
package org.imrf.notification;
