package org.imrf.wellshaped.order;

import org.imrf.backbone.outbox.Outbox;

/** Fixture: a feature's domain that publishes its events through the outbox. */
class Order {
  Outbox outbox;

  void place() {
    OrderPlaced placed = new OrderPlaced("o-1", java.time.Instant.EPOCH);
    placed.aggregateId();
  }
}
