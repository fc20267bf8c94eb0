package org.imrf.notification.notification;

import java.util.UUID;

/** Every notification created: written only by {@link NotificationWriter}. */
interface NotificationStore extends Notifications {

  void add(Notification notification);

  /** Deletes every notification sent to a participant; returns how many. */
  int forget(UUID participantId);
}
