package org.imrf.notification.delivery;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The delivery table: the persisted queue every instance claims rows from. */
interface DeliveryStore extends Deliveries {

  /**
   * Adds deliveries, skipping any already there for the same notification, channel and target.
   *
   * @return those added, in the order given
   */
  List<Delivery> add(List<Delivery> deliveries);

  /** The edition each of these participants registered for, where known. */
  Map<UUID, String> editionsOf(Collection<UUID> participantIds);

  /**
   * Claims up to {@code limit} of a channel's due rows for {@code instance} until the lease ends:
   * rows another live instance holds are skipped, rows whose claim expired are due again.
   */
  List<Delivery> claim(Channel channel, String instance, Duration lease, int limit);

  /**
   * Records an attempt on a row this instance still holds, and lets the row go.
   *
   * @return the row as it now stands; empty when the instance no longer held it
   */
  Optional<Delivery> record(UUID id, String instance, Attempt attempt);

  /**
   * Records rows this instance holds as sent, in one statement.
   *
   * @return the rows as they now stand; without those another instance had taken over
   */
  List<Delivery> recordSent(Collection<UUID> ids, String instance);

  /** Lets a claimed row go untried: it stays queued, its attempts untouched. */
  void release(UUID id, String instance);

  /** Each channel's queue as it stands now. */
  List<QueueLength> queues();

  /**
   * One channel's queue.
   *
   * @param queued rows waiting, due or not
   * @param oldestDueFor how long the row due longest has waited since it became due; zero when none
   */
  record QueueLength(Channel channel, long queued, Duration oldestDueFor) {}
}
