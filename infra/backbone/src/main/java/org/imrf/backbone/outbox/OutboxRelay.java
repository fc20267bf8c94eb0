package org.imrf.backbone.outbox;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox events to Kafka in the order they were written, and deletes each once Kafka has
 * acknowledged it. A crash between the acknowledgement and the delete publishes the event again on
 * restart, with the same {@code ce_id}: consumers deduplicate on it. While Kafka is down the events
 * wait in the outbox and the circuit breaker spaces out the attempts.
 */
public class OutboxRelay implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final Object SIGNAL = new Object();

  private final OutboxStore store;
  private final OutboxProducers producers;
  private final TransactionTemplate transactions;
  private final OutboxMetrics metrics;
  private final OutboxProperties properties;
  private final CircuitBreaker breaker;
  private final BlockingQueue<Object> signals = new ArrayBlockingQueue<>(1);
  private volatile boolean running;
  private Thread worker;

  OutboxRelay(
      OutboxStore store,
      OutboxProducers producers,
      TransactionTemplate transactions,
      OutboxMetrics metrics,
      OutboxProperties properties,
      CircuitBreaker breaker) {
    this.store = store;
    this.producers = producers;
    this.transactions = transactions;
    this.metrics = metrics;
    this.properties = properties;
    this.breaker = breaker;
  }

  /** Asks the relay to look at the outbox now rather than at its next poll. */
  public void wakeUp() {
    signals.offer(SIGNAL);
  }

  /**
   * Publishes waiting events until the outbox is empty or a send fails.
   *
   * @return how many events were published
   */
  public int drain() {
    int total = 0;
    while (true) {
      Batch batch = publishBatch();
      total += batch.published();
      if (batch.failed() > 0 || batch.size() < properties.batchSize()) {
        return total;
      }
    }
  }

  private Batch publishBatch() {
    if (!breaker.tryAcquirePermission()) {
      return Batch.EMPTY;
    }
    long started = System.nanoTime();
    Batch batch;
    try {
      batch = transactions.execute(status -> sendOldest());
    } catch (RuntimeException e) {
      breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
      log.warn("Outbox relay could not read or update the outbox: {}", e.getMessage());
      return Batch.EMPTY;
    }
    if (batch.failed() > 0) {
      breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, batch.error());
    } else {
      breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
    return batch;
  }

  private Batch sendOldest() {
    if (!store.tryRelayLock()) {
      return Batch.EMPTY; // another instance is publishing
    }
    List<OutboxMessage> messages = store.oldest(properties.batchSize());
    if (messages.isEmpty()) {
      return Batch.EMPTY;
    }
    Producer<String, byte[]> producer = null;
    try {
      producer = producers.current();
      // one Kafka transaction per batch: readers (read_committed) see all of it or none of it,
      // so a failed send can never let an aggregate's later event overtake an earlier one
      producer.beginTransaction();
      for (OutboxMessage message : messages) {
        producer.send(toRecord(message));
      }
      producer.commitTransaction();
    } catch (ProducerFencedException
        | OutOfOrderSequenceException
        | InvalidProducerEpochException
        | AuthorizationException e) {
      if (producer != null) {
        producers.discard(producer);
      }
      return failed(messages, e);
    } catch (KafkaException e) {
      if (producer != null) {
        abort(producer);
      }
      return failed(messages, e);
    }
    store.delete(messages.stream().map(OutboxMessage::position).toList());
    messages.forEach(message -> metrics.published(message.topic(), message.type()));
    return new Batch(messages.size(), messages.size(), 0, null);
  }

  private void abort(Producer<String, byte[]> producer) {
    try {
      producer.abortTransaction();
    } catch (RuntimeException e) {
      // cannot even abort (e.g. the broker is still away): start over with a new producer, which
      // aborts this transaction when it initialises
      producers.discard(producer);
    }
  }

  private Batch failed(List<OutboxMessage> messages, Exception error) {
    messages.stream()
        .collect(java.util.stream.Collectors.groupingBy(OutboxMessage::topic))
        .forEach((topic, ofTopic) -> metrics.failed(topic, ofTopic.size()));
    store.recordFailure(
        messages.stream().map(OutboxMessage::position).toList(),
        String.valueOf(error.getMessage()));
    log.warn(
        "Outbox relay: {} events not published, they stay in the outbox: {}",
        messages.size(),
        error.toString());
    return new Batch(messages.size(), 0, messages.size(), error);
  }

  private static ProducerRecord<String, byte[]> toRecord(OutboxMessage message) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            message.topic(),
            null,
            message.occurredAt().toEpochMilli(),
            message.key(),
            message.payload());
    message.cloudEvent().writeTo(record.headers());
    return record;
  }

  private void run() {
    while (running) {
      try {
        signals.poll(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        if (!running) {
          break;
        }
        drain();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException e) {
        log.error("Outbox relay pass failed; retrying at the next poll", e);
      }
    }
  }

  @Override
  public synchronized void start() {
    if (running || !properties.relayEnabled()) {
      return;
    }
    running = true;
    worker = new Thread(this::run, "outbox-relay");
    worker.setDaemon(true);
    worker.start();
  }

  /** Finishes the batch in flight, then stops; what is left waits in the outbox. */
  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    wakeUp();
    try {
      worker.join(properties.sendTimeout().toMillis() + 5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops after the web server has drained its requests, so their events get published. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 2048;
  }

  private record Batch(int size, int published, int failed, Exception error) {
    static final Batch EMPTY = new Batch(0, 0, 0, null);
  }
}
