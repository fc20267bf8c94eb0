package org.imrf.backbone.outbox;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.DomainEvent;
import org.imrf.backbone.random.Unpredictable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.ObjectMapper;

/**
 * Where a service records the events of a state change, inside the transaction that makes the
 * change: both commit, or neither does. Publication happens after commit, by the {@link
 * OutboxRelay}.
 */
public class Outbox {

  private final OutboxStore store;
  private final ObjectMapper json;
  private final String source;
  private final OutboxRelay relay;
  private final OutboxMetrics metrics;

  Outbox(
      OutboxStore store,
      ObjectMapper json,
      String source,
      OutboxRelay relay,
      OutboxMetrics metrics) {
    this.store = store;
    this.json = json;
    this.source = source;
    this.relay = relay;
    this.metrics = metrics;
  }

  /**
   * Declares a topic this service publishes to, so that its backlog is reported (as zero) from
   * start-up rather than from the first event.
   */
  public void publishesTo(String topic) {
    metrics.knowTopic(topic);
  }

  /**
   * Records an event for publication on {@code topic}, keyed by its aggregate id.
   *
   * @return the event's id ({@code ce_id})
   * @throws IllegalStateException outside a transaction: an event written on its own could be
   *     published for a change that then rolls back
   */
  public UUID append(String topic, DomainEvent event) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException(
          "Outbox.append must run in the transaction of the state change it describes");
    }
    UUID id = Unpredictable.uuid();
    Instant occurredAt = event.occurredAt();
    store.insert(
        new OutboxMessage(
            0,
            id,
            topic,
            event.aggregateId(),
            DomainEvent.typeOf(event.getClass()),
            source,
            event.aggregateId(),
            occurredAt,
            json.writeValueAsBytes(event),
            occurredAt));
    metrics.knowTopic(topic);
    wakeRelayAfterCommit();
    return id;
  }

  private void wakeRelayAfterCommit() {
    if (relay != null && !TransactionSynchronizationManager.hasResource(this)) {
      TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(Outbox.this);
              if (status == STATUS_COMMITTED) {
                relay.wakeUp();
              }
            }
          });
    }
  }
}
