package org.imrf.wellshaped.order;

import java.time.Instant;
import org.imrf.backbone.events.DomainEvent;
import org.imrf.backbone.events.EventType;

/** Fixture: an event as every service writes one. */
@EventType(name = "imrf.order.placed", version = 1)
record OrderPlaced(String aggregateId, Instant occurredAt) implements DomainEvent {}
