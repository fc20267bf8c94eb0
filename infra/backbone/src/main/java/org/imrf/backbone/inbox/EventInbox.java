package org.imrf.backbone.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.imrf.backbone.events.MalformedEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds the idempotent consumers a service binds with Spring Cloud Stream:
 *
 * <pre>{@code
 * @Bean
 * Consumer<Message<byte[]>> confirmRegistration(EventInbox inbox, Confirmations confirmations) {
 *   return inbox.consumer("registration-confirmation")
 *       .on("imrf.participant.registered.v1", ParticipantRegistered.class, confirmations::confirm)
 *       .build();
 * }
 * }</pre>
 *
 * or, where features declare their own {@link EventHandlers}, one dispatcher per topic:
 *
 * <pre>{@code
 * @Bean
 * Consumer<Message<byte[]>> participantEvents(EventInbox inbox, List<EventHandlers> features) {
 *   return inbox.dispatcher("participant-notifications", "registration.participants", features);
 * }
 * }</pre>
 *
 * Each event's effect and the record of its id commit in one transaction; a redelivered event is
 * skipped, and one an {@link InboxFilter} does not admit is dropped. An event without readable
 * CloudEvents headers or payload raises {@link MalformedEventException}, which the binder sends to
 * the dead-letter topic without retrying.
 */
public class EventInbox {

  private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

  private final ProcessedEvents processed;
  private final TransactionTemplate transactions;
  private final ObjectMapper json;
  private final InboxMetrics metrics;
  private final List<InboxFilter> filters;

  EventInbox(
      ProcessedEvents processed,
      TransactionTemplate transactions,
      ObjectMapper json,
      InboxMetrics metrics,
      List<InboxFilter> filters) {
    this.processed = processed;
    this.transactions = transactions;
    this.json = json;
    this.metrics = metrics;
    this.filters = List.copyOf(filters);
  }

  /**
   * Starts a consumer.
   *
   * @param name identifies the consumer's processed events; keep it stable, or events are applied
   *     again
   */
  public Builder consumer(String name) {
    return new Builder(name);
  }

  /**
   * The consumer of one topic, which routes each event to every feature that registered for its
   * type, in the order the features are given.
   *
   * @param name as for {@link #consumer}
   * @param topic the topic the consumer is bound to
   * @param features every feature's handlers; those of other topics are left out
   * @throws IllegalStateException if no feature handles an event of the topic
   */
  public Consumer<Message<byte[]>> dispatcher(
      String name, String topic, List<EventHandlers> features) {
    Builder builder = new Builder(name);
    features.forEach(feature -> feature.register(read -> topic.equals(read) ? builder : ELSEWHERE));
    if (builder.handlers.isEmpty()) {
      throw new IllegalStateException("No feature handles events of " + topic);
    }
    return builder.build();
  }

  /** Takes the handlers a feature declares for topics other than the one being bound. */
  private static final EventHandlers.Registry ELSEWHERE =
      new EventHandlers.Registry() {
        @Override
        public <T> EventHandlers.Registry on(
            String type, Class<T> payloadType, BiConsumer<T, InboundEvent> effect) {
          return this;
        }
      };

  /** Declares which event types a consumer applies, and how. */
  public final class Builder implements EventHandlers.Registry {
    private final String name;
    private final Map<String, List<Handler<?>>> handlers = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Applies events of {@code type}, read as {@code payloadType} (the consumer's own copy of the
     * event; unknown fields are ignored); a type declared twice has both effects, in order.
     */
    @Override
    public <T> Builder on(String type, Class<T> payloadType, BiConsumer<T, InboundEvent> effect) {
      handlers
          .computeIfAbsent(type, t -> new ArrayList<>())
          .add(new Handler<>(payloadType, effect));
      return this;
    }

    @Override
    public <T> Builder on(String type, Class<T> payloadType, Consumer<T> effect) {
      return on(type, payloadType, (payload, event) -> effect.accept(payload));
    }

    public Consumer<Message<byte[]>> build() {
      Map<String, List<Handler<?>>> frozen = new LinkedHashMap<>();
      handlers.forEach((type, effects) -> frozen.put(type, List.copyOf(effects)));
      Map<String, List<Handler<?>>> routes = Map.copyOf(frozen);
      return message -> receive(name, routes, message);
    }
  }

  private void receive(
      String consumer, Map<String, List<Handler<?>>> routes, Message<byte[]> message) {
    InboundEvent event = InboundEvent.from(message);
    List<Handler<?>> handlers = routes.get(event.type());
    if (handlers == null) {
      metrics.ignored(event.topic(), consumer);
      return;
    }
    List<Runnable> effects = new ArrayList<>(handlers.size());
    for (Handler<?> handler : handlers) {
      effects.add(effect(event, handler));
    }
    Outcome outcome =
        transactions.execute(
            status -> {
              for (InboxFilter filter : filters) {
                if (!filter.admits(event)) {
                  return Outcome.DROPPED;
                }
              }
              if (!processed.markProcessed(consumer, event.id(), event.type())) {
                return Outcome.DEDUPLICATED;
              }
              effects.forEach(Runnable::run);
              return Outcome.APPLIED;
            });
    switch (outcome) {
      case APPLIED -> metrics.consumed(event.topic(), event.type(), consumer);
      case DEDUPLICATED -> {
        metrics.deduplicated(event.topic(), event.type(), consumer);
        log.debug("{} skipped {} {}: already applied", consumer, event.type(), event.id());
      }
      case DROPPED -> {
        metrics.dropped(event.topic(), event.type(), consumer);
        log.debug(
            "{} dropped {} {}: a filter did not admit it", consumer, event.type(), event.id());
      }
    }
  }

  /** Reads the payload as the handler's copy, before the transaction: unreadable is final. */
  private <T> Runnable effect(InboundEvent event, Handler<T> handler) {
    T payload = read(event, handler.payloadType());
    return () -> handler.effect().accept(payload, event);
  }

  private enum Outcome {
    APPLIED,
    DEDUPLICATED,
    DROPPED
  }

  private <T> T read(InboundEvent event, Class<T> payloadType) {
    if (event.payload() == null || event.payload().length == 0) {
      throw new MalformedEventException(event.type() + " " + event.id() + " has no payload");
    }
    try {
      // producers may add fields within a version; a consumer's copy reads only what it needs
      T payload =
          json.readerFor(payloadType)
              .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .readValue(event.payload());
      if (payload == null) {
        throw new MalformedEventException(event.type() + " " + event.id() + " has a null payload");
      }
      return payload;
    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
      throw new MalformedEventException(
          event.type() + " " + event.id() + " has an unreadable payload: " + e.getMessage(), e);
    }
  }

  private record Handler<T>(Class<T> payloadType, BiConsumer<T, InboundEvent> effect) {}
}
