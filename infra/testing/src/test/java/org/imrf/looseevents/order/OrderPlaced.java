package org.imrf.looseevents.order;

import org.imrf.backbone.events.EventType;

/** Fixture: an event that is a mutable class, not a record of its feature. */
@EventType(name = "imrf.order.placed", version = 1)
class OrderPlaced {
  String id;
}
