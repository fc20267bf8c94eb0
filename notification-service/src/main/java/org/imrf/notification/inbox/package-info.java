/**
 * In-app inbox: each notification delivered in-app becomes an entry of its participant's inbox,
 * numbered in the order they commit, read or unread; the live stream and the read state are in
 * {@code web}.
 */
package org.imrf.notification.inbox;
