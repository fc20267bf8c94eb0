package org.imrf.backbone.inbox;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What one feature does with the events it reads. A feature declares it as a bean; the service's
 * consumer for each topic ({@link EventInbox#dispatcher}) collects every feature's handlers of that
 * topic and routes each event to all that registered for its type, in one transaction.
 */
public interface EventHandlers {

  /** Declares, per topic read, each event type handled, with the feature's own copy of it. */
  void register(Routes routes);

  /** Where a feature names the topics it reads. */
  interface Routes {

    /** The events of a topic, e.g. {@code registration.participants}. */
    Registry from(String topic);
  }

  /** Where a feature declares the event types of a topic it handles. */
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
