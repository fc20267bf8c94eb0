package org.imrf.backbone.inbox;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What one feature does with the events it reads from one topic. A feature declares it as a bean;
 * the service's consumer for that topic ({@link EventInbox#dispatcher}) collects every feature's
 * handlers and routes each event to all that registered for its type, in one transaction.
 */
public interface EventHandlers {

  /** The topic whose events these handle, e.g. {@code registration.participants}. */
  String topic();

  /** Declares each event type handled, with the feature's own copy of the event. */
  void register(Registry on);

  /** Where a feature declares the event types it handles. */
  interface Registry {

    /**
     * Applies events of {@code type}, read as {@code payloadType} (the feature's own copy of the
     * event; unknown fields are ignored).
     */
    <T> Registry on(String type, Class<T> payloadType, BiConsumer<T, InboundEvent> effect);

    default <T> Registry on(String type, Class<T> payloadType, Consumer<T> effect) {
      return on(type, payloadType, (payload, event) -> effect.accept(payload));
    }
  }
}
