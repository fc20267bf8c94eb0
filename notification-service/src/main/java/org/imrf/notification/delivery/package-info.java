/**
 * Delivery: one row per notification and channel, with its state, attempts and last error; a
 * persisted queue that instances claim rows from, so that nothing is lost on a restart and nothing
 * is sent twice by two instances. Channels plug in as {@link
 * org.imrf.notification.delivery.ChannelSender}s.
 */
package org.imrf.notification.delivery;
