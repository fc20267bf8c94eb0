package org.imrf.notification.reminder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * One reminder: of an item, to a participant, a lead time before it starts.
 *
 * @param id assigned when it is planned
 * @param participantId whom it reminds
 * @param item what it reminds of, as it now stands
 * @param lead how long before the item's start it is due
 */
record Reminder(UUID id, UUID participantId, Item item, Duration lead) {

  /**
   * The id its notification gives as its cause: the same on every attempt for the same time, so a
   * retry never writes a second one; another once the item moved, which may be reminded anew.
   */
  UUID sourceEventId() {
    return UUID.nameUUIDFromBytes(
        ("reminder " + id + " " + item.startsAt()).getBytes(StandardCharsets.UTF_8));
  }
}
