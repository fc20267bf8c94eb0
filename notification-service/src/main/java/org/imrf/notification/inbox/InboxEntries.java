package org.imrf.notification.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imrf.notification.notification.Notification;

/** The inbox entries of every participant. */
public interface InboxEntries {

  /**
   * A participant's entries, newest first.
   *
   * @param unreadOnly only those not read yet
   */
  List<InboxEntry> page(UUID participantId, boolean unreadOnly, int offset, int limit);

  long count(UUID participantId, boolean unreadOnly);

  /** The participant's entries after {@code seq}, oldest first. */
  List<InboxEntry> after(UUID participantId, long seq, int limit);

  /** The seq of the participant's newest entry, 0 when there is none. */
  long latestSeq(UUID participantId);

  /** Whose inbox holds this notification, if any holds it. */
  Optional<UUID> ownerOf(UUID notificationId);

  /**
   * Where the next {@link #changes} starts so that it holds everything that commits from now on:
   * the oldest transaction still running.
   */
  long horizon();

  /**
   * What committed for these participants since {@code from}: every entry added by a transaction
   * from {@code from} on, whether or not older transactions still run (the streams skip what they
   * sent: a participant's entries commit in seq order, so those visible never leave a gap); read
   * states changed by transactions from {@code from} up to the oldest still running. The next call
   * starts from that oldest one: nothing can commit below it any more.
   */
  InboxChanges changes(long from, Collection<UUID> participantIds);

  /** Adds the notification to the participant's inbox, unless it is there: whether it was added. */
  boolean add(UUID notificationId, UUID participantId);

  /**
   * Adds many notifications to their participants' inboxes, those not there yet: the participants
   * whose inbox got one.
   */
  Set<UUID> addAll(List<Notification> notifications);

  /** Marks one entry read or unread: whether its state changed. */
  boolean markRead(UUID notificationId, boolean read, Instant at);

  /** Marks every unread entry of the participant read: the notifications changed. */
  List<UUID> markAllRead(UUID participantId, Instant at);
}
