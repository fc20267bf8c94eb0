package org.imrf.notification.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every notification created. */
public interface Notifications {

  void add(Notification notification);

  Optional<Notification> find(UUID id);

  /** A participant's notifications, newest first. */
  List<Notification> forParticipant(UUID participantId, int offset, int limit);

  long countForParticipant(UUID participantId);

  /** Deletes every notification sent to a participant; returns how many. */
  int forget(UUID participantId);
}
