package org.imrf.notification.delivery;

import java.time.Duration;

/**
 * What one attempt to send a delivery leads to.
 *
 * @param state the state it is left in: {@link DeliveryState#QUEUED} when it will be tried again
 * @param error why it failed; null when sent
 * @param retryIn how long until the next attempt, when queued again; zero otherwise
 */
record Attempt(DeliveryState state, String error, Duration retryIn) {}
