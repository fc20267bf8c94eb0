package org.imrf.notification.notification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The notifications written, as attendees and organisers read them. */
public interface Notifications {

  Optional<Notification> find(UUID id);

  /** Those of the notifications that exist, in one query. */
  List<Notification> findAll(Collection<UUID> ids);

  /** A participant's notifications, newest first. */
  List<Notification> forParticipant(UUID participantId, int offset, int limit);

  long countForParticipant(UUID participantId);
}
