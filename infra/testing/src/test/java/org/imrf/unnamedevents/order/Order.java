package org.imrf.unnamedevents.order;

import org.imrf.backbone.outbox.Outbox;

/** Fixture: a feature writing to the outbox with no event type declared, so nothing is checked. */
class Order {
  Outbox outbox;
}
