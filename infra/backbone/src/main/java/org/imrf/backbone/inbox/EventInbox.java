package org.imrf.backbone.inbox;

import java.util.LinkedHashMap;
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
 * Each event's effect and the record of its id commit in one transaction; a redelivered event is
 * skipped. An event without readable CloudEvents headers or payload raises {@link
 * MalformedEventException}, which the binder sends to the dead-letter topic without retrying.
 */
public class EventInbox {

  private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

  private final ProcessedEvents processed;
  private final TransactionTemplate transactions;
  private final ObjectMapper json;
  private final InboxMetrics metrics;

  EventInbox(
      ProcessedEvents processed,
      TransactionTemplate transactions,
      ObjectMapper json,
      InboxMetrics metrics) {
    this.processed = processed;
    this.transactions = transactions;
    this.json = json;
    this.metrics = metrics;
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

  /** Declares which event types a consumer applies, and how. */
  public final class Builder {
    private final String name;
    private final Map<String, Handler<?>> handlers = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Applies events of {@code type}, read as {@code payloadType} (the consumer's own copy of the
     * event; unknown fields are ignored).
     */
    public <T> Builder on(String type, Class<T> payloadType, BiConsumer<T, InboundEvent> effect) {
      handlers.put(type, new Handler<>(payloadType, effect));
      return this;
    }

    public <T> Builder on(String type, Class<T> payloadType, Consumer<T> effect) {
      return on(type, payloadType, (payload, event) -> effect.accept(payload));
    }

    public Consumer<Message<byte[]>> build() {
      Map<String, Handler<?>> frozen = Map.copyOf(handlers);
      return message -> receive(name, frozen, message);
    }
  }

  private void receive(String consumer, Map<String, Handler<?>> handlers, Message<byte[]> message) {
    InboundEvent event = InboundEvent.from(message);
    Handler<?> handler = handlers.get(event.type());
    if (handler == null) {
      metrics.ignored(event.topic(), consumer);
      return;
    }
    apply(consumer, event, handler);
  }

  private <T> void apply(String consumer, InboundEvent event, Handler<T> handler) {
    T payload = read(event, handler.payloadType());
    boolean applied =
        Boolean.TRUE.equals(
            transactions.execute(
                status -> {
                  if (!processed.markProcessed(consumer, event.id(), event.type())) {
                    return false;
                  }
                  handler.effect().accept(payload, event);
                  return true;
                }));
    if (applied) {
      metrics.consumed(event.topic(), event.type(), consumer);
    } else {
      metrics.deduplicated(event.topic(), event.type(), consumer);
      log.debug("{} skipped {} {}: already applied", consumer, event.type(), event.id());
    }
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
