package org.imrf.looseevents.order;

import org.imrf.backbone.outbox.Outbox;

/** Fixture: a feature writing to the outbox. */
class Order {
  Outbox outbox;
}
