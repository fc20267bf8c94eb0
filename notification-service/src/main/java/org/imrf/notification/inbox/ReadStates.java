package org.imrf.notification.inbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Marks inbox entries read or unread, and tells the participant's open streams. */
@Service
public class ReadStates {

  private final InboxEntries entries;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ReadStates(InboxEntries entries, Clock clock, ApplicationEventPublisher events) {
    this.entries = entries;
    this.clock = clock;
    this.events = events;
  }

  /** Marks one entry of the participant's inbox read, or unread; nothing if it already is. */
  @Transactional
  public void mark(UUID participantId, UUID notificationId, boolean read) {
    if (entries.markRead(notificationId, read, clock.instant())) {
      events.publishEvent(new InboxReadChanged(participantId, List.of(notificationId), read));
    }
  }

  /** Marks every entry of the participant's inbox read: how many were unread. */
  @Transactional
  public int markAllRead(UUID participantId) {
    List<UUID> marked = entries.markAllRead(participantId, clock.instant());
    if (!marked.isEmpty()) {
      events.publishEvent(new InboxReadChanged(participantId, marked, true));
    }
    return marked.size();
  }
}
