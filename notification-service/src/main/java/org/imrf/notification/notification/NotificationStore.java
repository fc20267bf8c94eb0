package org.imrf.notification.notification;

import java.util.List;
import java.util.UUID;

/** Every notification created: written only by {@link NotificationWriter}. */
interface NotificationStore extends Notifications {

  void add(Notification notification);

  /**
   * Adds many notifications in one statement, skipping any that their source event already caused
   * for the participant (kind and channel alike).
   *
   * @return those added, in the order given
   */
  List<Notification> addAll(List<Notification> notifications);

  /** Deletes every notification sent to a participant; returns how many. */
  int forget(UUID participantId);
}
