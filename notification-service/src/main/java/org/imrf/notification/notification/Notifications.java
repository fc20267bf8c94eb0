package org.imrf.notification.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The notifications written, as attendees and organisers read them. */
public interface Notifications {

  Optional<Notification> find(UUID id);

  /** A participant's notifications, newest first. */
  List<Notification> forParticipant(UUID participantId, int offset, int limit);

  long countForParticipant(UUID participantId);
}
