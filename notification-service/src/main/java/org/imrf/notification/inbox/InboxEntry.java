package org.imrf.notification.inbox;

import java.time.Instant;
import org.imrf.notification.notification.Notification;

/**
 * A notification in its participant's inbox.
 *
 * @param seq its place in the order entries were added, over every inbox: a stream's event id
 * @param notification what it says
 * @param readAt when it was marked read, or null while unread
 */
public record InboxEntry(long seq, Notification notification, Instant readAt) {

  public boolean read() {
    return readAt != null;
  }
}
