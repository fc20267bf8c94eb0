package org.imrf.notification.delivery;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The deliveries of notifications, as participants and organisers read them. */
public interface Deliveries {

  /** Every delivery of one notification, by channel and target. */
  List<Delivery> ofNotification(UUID notificationId);

  /** One page of the deliveries a query matches. */
  List<Delivery> search(DeliveryQuery query);

  long count(DeliveryQuery query);

  /** How many deliveries there are, of an edition's participants or of everyone's. */
  Counts counts(String editionId);

  /**
   * Deliveries counted three ways; each map holds every code of its kind, zero when none.
   *
   * @param byState by {@link DeliveryState} code
   * @param byChannel by {@link Channel} code
   * @param byKind by the notifications' kinds (those there are)
   */
  record Counts(
      long total,
      Map<String, Long> byState,
      Map<String, Long> byChannel,
      Map<String, Long> byKind) {}
}
