package org.imrf.notification.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The reminders planned, and the programme copies they are planned from. */
interface ReminderStore {

  /**
   * Plans a participant's reminder of an item at a lead time, or moves the one planned to the
   * item's new time. A new one is planned only if it is still to come.
   */
  void plan(UUID participantId, Item item, Duration lead, Instant now);

  /** Plans the reminder of a new item, at a lead time, for each of many participants. */
  void planForEach(List<UUID> participantIds, Item item, Duration lead, Instant now);

  /** Moves every reminder of an item to its new time (and titles); sent ones stay sent. */
  void move(Item item, Instant now);

  /** Cancels the pending reminders of an item: it was dropped. */
  void cancel(String itemKey);

  /** Cancels a participant's pending reminders of an item: they no longer take part in it. */
  void cancel(UUID participantId, String itemKey);

  /** Cancels the pending reminders of an item to everyone but these participants. */
  void cancelAllBut(String itemKey, List<UUID> participantIds);

  /** The edition's programme as last seen; empty if none was. */
  List<Item> segments(String editionId);

  /** Keeps the edition's programme as it now is. */
  void replaceSegments(String editionId, List<Item> segments);

  /**
   * Claims the earliest due pending reminder no other transaction holds; held until this
   * transaction ends.
   */
  Optional<Reminder> claimDue(Instant now);

  /** Whether a reminder of the same item to the same person, with a shorter lead, is due too. */
  boolean shorterLeadDue(Reminder reminder, Instant now);

  /** Records what became of a claimed reminder: sent, cancelled, missed, superseded or failed. */
  void settle(UUID id, String state, Instant at, String error);

  /** Deletes an erased participant's reminders. */
  void forget(UUID participantId);
}
