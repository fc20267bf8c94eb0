package org.imrf.backbone.outbox;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
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
  private final Producer<String, byte[]> producer;
  private final TransactionTemplate transactions;
  private final OutboxMetrics metrics;
  private final OutboxProperties properties;
  private final CircuitBreaker breaker;
  private final BlockingQueue<Object> signals = new ArrayBlockingQueue<>(1);
  private volatile boolean running;
  private Thread worker;
  private long lastMetricsRefresh;

  OutboxRelay(
      OutboxStore store,
      Producer<String, byte[]> producer,
      TransactionTemplate transactions,
      OutboxMetrics metrics,
      OutboxProperties properties,
      CircuitBreaker breaker) {
    this.store = store;
    this.producer = producer;
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
    Map<OutboxMessage, Future<RecordMetadata>> sends = new LinkedHashMap<>();
    Exception error = null;
    for (OutboxMessage message : messages) {
      try {
        sends.put(message, producer.send(toRecord(message)));
      } catch (RuntimeException e) {
        // the producer refused before queuing (e.g. no metadata in max.block.ms): keep the rest
        // in order for the next attempt
        error = e;
        metrics.failed(message.topic(), 1);
        store.recordFailure(List.of(message.position()), String.valueOf(e.getMessage()));
        break;
      }
    }
    producer.flush();
    List<Long> published = new ArrayList<>();
    List<Long> failed = new ArrayList<>();
    long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
    for (var send : sends.entrySet()) {
      OutboxMessage message = send.getKey();
      try {
        send.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        published.add(message.position());
        metrics.published(message.topic(), message.type());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failed.add(message.position());
        error = e;
      } catch (ExecutionException | TimeoutException e) {
        failed.add(message.position());
        metrics.failed(message.topic(), 1);
        error = e instanceof ExecutionException ? (Exception) e.getCause() : e;
      }
    }
    store.delete(published);
    if (error != null) {
      store.recordFailure(failed, String.valueOf(error.getMessage()));
      log.warn(
          "Outbox relay: {} of {} events not acknowledged by Kafka, they stay in the outbox: {}",
          messages.size() - published.size(),
          messages.size(),
          error.toString());
    }
    return new Batch(messages.size(), published.size(), messages.size() - published.size(), error);
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
        refreshMetrics();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException e) {
        log.error("Outbox relay pass failed; retrying at the next poll", e);
      }
    }
  }

  private void refreshMetrics() {
    long now = System.nanoTime();
    if (now - lastMetricsRefresh >= properties.metricsInterval().toNanos()) {
      lastMetricsRefresh = now;
      metrics.backlog(store.backlog());
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
