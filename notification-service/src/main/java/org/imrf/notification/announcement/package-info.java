/**
 * Announcements: one message from the organisers, in up to six languages, to every participant of
 * an edition that its filters pick, written a chunk at a time.
 */
package org.imrf.notification.announcement;
