/** Notifications: what the forum tells one attendee, in their language, on one channel. */
package org.imrf.notification.notification;
