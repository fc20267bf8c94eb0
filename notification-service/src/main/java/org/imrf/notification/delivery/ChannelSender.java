package org.imrf.notification.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.notification.notification.Notification;

/**
 * Hands one notification over on one channel. Each channel's feature implements it; the delivery
 * queue calls it outside any transaction, once per attempt, behind the channel's own retry, circuit
 * breaker and bulkhead.
 */
public interface ChannelSender {

  /** The target of a channel that has one per recipient (email, in-app). */
  String ONLY_TARGET = "";

  Channel channel();

  /**
   * Where on this channel a notification goes, one delivery each, decided when it is written:
   * {@link #ONLY_TARGET} for a channel with one per recipient, an endpoint id each for webhooks;
   * none when this channel does not concern it.
   */
  default List<String> targets(Notification notification) {
    return List.of(ONLY_TARGET);
  }

  /**
   * {@link #targets(Notification)} for many notifications at once (an announcement's chunk), by
   * notification id: a channel that must look its targets up does it in a few queries, not one per
   * notification.
   */
  default Map<UUID, List<String>> targets(List<Notification> notifications) {
    Map<UUID, List<String>> targets = new HashMap<>();
    notifications.forEach(notification -> targets.put(notification.id(), targets(notification)));
    return targets;
  }

  /** How many deliveries {@link #sendAll} takes at once; 1 (the default): one by one. */
  default int batchSize() {
    return 1;
  }

  /**
   * Sends several notifications, each to its only target, all or none.
   *
   * @throws DeliveryFailure when they could not be sent together: the worker then sends them one by
   *     one, to find which cannot be
   */
  default void sendAll(List<Notification> notifications) throws DeliveryFailure {
    for (Notification notification : notifications) {
      send(notification, ONLY_TARGET);
    }
  }

  /**
   * Whether a send reaches outside the platform (a mail relay, an organisation's server): its
   * outcome is then recorded as soon as it is known, not with the next batch, because a crash in
   * between sends it again. An in-app send writes the inbox once however often it runs.
   */
  default boolean reachesOutside() {
    return true;
  }

  /**
   * Sends it to one target, or throws.
   *
   * @throws DeliveryFailure when it could not be handed over: {@link DeliveryFailure#permanent()}
   *     when trying again cannot help (the relay refused the address)
   */
  void send(Notification notification, String target) throws DeliveryFailure;
}
