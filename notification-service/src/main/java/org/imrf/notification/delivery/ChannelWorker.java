package org.imrf.notification.delivery;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.imrf.notification.notification.Notification;
import org.imrf.notification.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One channel's share of the queue on one instance: a loop that claims the channel's due rows, as
 * many as its bulkhead has room for and none while its circuit breaker is open, and threads of its
 * own that send them outside any transaction. A send that reaches outside the platform is recorded
 * by its thread at once; the loop records the others in batches. A dead channel fills only its own
 * threads.
 */
final class ChannelWorker {

  private static final Logger log = LoggerFactory.getLogger(ChannelWorker.class);

  private final ChannelSender sender;
  private final String instance;
  private final DeliveryStore store;
  private final Notifications notifications;
  private final DeliveryOutcomes outcomes;
  private final DeliveryRules rules;
  private final CircuitBreaker breaker;
  private final Bulkhead bulkhead;
  private final DeliveryProperties properties;

  /** Attempts recorded in one transaction at most: a claimed batch and a little more. */
  private static final int RECORDED_AT_ONCE = 1000;

  private final Object signal = new Object();
  private final Queue<DeliveryOutcomes.Attempted> finished = new ConcurrentLinkedQueue<>();
  private final ExecutorService sending;
  private final Thread loop;
  private volatile boolean running;
  private boolean woken;

  ChannelWorker(
      ChannelSender sender,
      String instance,
      DeliveryStore store,
      Notifications notifications,
      DeliveryOutcomes outcomes,
      DeliveryRules rules,
      CircuitBreaker breaker,
      Bulkhead bulkhead,
      DeliveryProperties properties) {
    this.sender = sender;
    this.instance = instance;
    this.store = store;
    this.notifications = notifications;
    this.outcomes = outcomes;
    this.rules = rules;
    this.breaker = breaker;
    this.bulkhead = bulkhead;
    this.properties = properties;
    String name = "delivery-" + sender.channel().code();
    AtomicInteger threads = new AtomicInteger();
    this.sending =
        Executors.newFixedThreadPool(
            bulkhead.getBulkheadConfig().getMaxConcurrentCalls(),
            task -> new Thread(task, name + "-send-" + threads.incrementAndGet()));
    this.loop = new Thread(this::run, name + "-claim");
    this.loop.setDaemon(true);
  }

  Channel channel() {
    return sender.channel();
  }

  String instance() {
    return instance;
  }

  void start() {
    running = true;
    loop.start();
  }

  /** Looks for due rows now rather than at the next poll: rows were just queued. */
  void wake() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  /** Stops claiming and lets the sends already claimed finish. */
  void stopClaiming() {
    running = false;
    wake();
    sending.shutdown();
  }

  /**
   * Waits until {@code deadline} (a {@link System#nanoTime()}) for sends in flight to be recorded.
   */
  void awaitSends(long deadline) {
    try {
      loop.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      if (!sending.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
        // rows still held are taken over by whichever instance finds their claim expired
        log.warn("{}: sends still in flight when stopping", loop.getName());
        sending.shutdownNow();
      }
      while (!finished.isEmpty() && System.nanoTime() < deadline && recordFinished() > 0) {
        // what finished while stopping is recorded before the instance goes
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void stop(Duration timeout) {
    stopClaiming();
    awaitSends(System.nanoTime() + timeout.toNanos());
  }

  private void run() {
    while (running) {
      int recorded = recordFinished();
      int claimed = 0;
      try {
        claimed = claimOnce();
      } catch (RuntimeException e) {
        log.warn("{}: could not claim deliveries: {}", loop.getName(), e.toString());
      }
      if (claimed == 0 && recorded == 0) {
        await(properties.pollInterval());
      }
    }
  }

  /**
   * Records the attempts finished since last time, in one transaction.
   *
   * @return how many
   */
  private int recordFinished() {
    List<DeliveryOutcomes.Attempted> batch = new ArrayList<>();
    DeliveryOutcomes.Attempted next;
    while (batch.size() < RECORDED_AT_ONCE && (next = finished.poll()) != null) {
      batch.add(next);
    }
    if (batch.isEmpty()) {
      return 0;
    }
    try {
      outcomes.record(batch, instance);
    } catch (RuntimeException e) {
      // kept for the next round: the rows stay claimed meanwhile
      log.warn(
          "{}: could not record {} deliveries: {}", loop.getName(), batch.size(), e.toString());
      finished.addAll(batch);
      return 0;
    }
    return batch.size();
  }

  private void await(Duration timeout) {
    synchronized (signal) {
      if (!woken && running) {
        try {
          signal.wait(Math.max(1, timeout.toMillis()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          running = false;
        }
      }
      woken = false;
    }
  }

  /**
   * Claims what the channel can take now and hands each row to a sending thread.
   *
   * @return how many rows were claimed
   */
  int claimOnce() {
    if (sender.batchSize() > 1) {
      return claimBatch();
    }
    int room = Math.min(room(), properties.batchSize());
    if (!running || room <= 0) {
      return 0;
    }
    List<Delivery> claimed = store.claim(channel(), instance, properties.lease(), room);
    for (Delivery delivery : claimed) {
      // only this loop takes places, so the room counted above is there
      if (!running || !bulkhead.tryAcquirePermission()) {
        store.release(delivery.id(), instance);
        continue;
      }
      try {
        sending.execute(() -> attempt(delivery));
      } catch (RuntimeException rejected) {
        bulkhead.onComplete();
        store.release(delivery.id(), instance);
      }
    }
    return claimed.size();
  }

  /**
   * For a channel that sends in batches: claims one batch for one place of its bulkhead.
   *
   * @return how many rows were claimed
   */
  private int claimBatch() {
    if (!running || room() <= 0) {
      return 0;
    }
    List<Delivery> claimed =
        store.claim(channel(), instance, properties.lease(), sender.batchSize());
    if (claimed.isEmpty()) {
      return 0;
    }
    if (!running || !bulkhead.tryAcquirePermission()) {
      claimed.forEach(delivery -> store.release(delivery.id(), instance));
      return 0;
    }
    try {
      sending.execute(() -> attemptAll(claimed));
    } catch (RuntimeException rejected) {
      bulkhead.onComplete();
      claimed.forEach(delivery -> store.release(delivery.id(), instance));
      return 0;
    }
    return claimed.size();
  }

  /** How many rows the channel can take now: none while its breaker is open. */
  private int room() {
    int free = bulkhead.getMetrics().getAvailableConcurrentCalls();
    return switch (breaker.getState()) {
      case CLOSED, DISABLED, METRICS_ONLY -> free;
      // a few trial calls decide whether it closes again
      case HALF_OPEN -> Math.min(free, 1);
      case OPEN, FORCED_OPEN -> 0;
    };
  }

  private void attempt(Delivery delivery) {
    try {
      if (!breaker.tryAcquirePermission()) {
        store.release(delivery.id(), instance);
        return;
      }
      Optional<Notification> notification = notifications.find(delivery.notificationId());
      if (notification.isEmpty()) {
        // erased meanwhile: its deliveries went with it
        breaker.releasePermission();
        return;
      }
      DeliveryOutcomes.Attempted attempted =
          new DeliveryOutcomes.Attempted(delivery, send(notification.get(), delivery));
      if (!sender.reachesOutside() || !recordedNow(attempted)) {
        finished.add(attempted);
      }
    } catch (RuntimeException e) {
      // the claim expires and the row is tried again
      log.warn("{}: could not send delivery {}: {}", loop.getName(), delivery.id(), e.toString());
    } finally {
      bulkhead.onComplete();
      wake();
    }
  }

  /** Sends a batch together; if that fails, one by one, so that only what cannot go fails. */
  private void attemptAll(List<Delivery> deliveries) {
    try {
      if (!breaker.tryAcquirePermission()) {
        deliveries.forEach(delivery -> store.release(delivery.id(), instance));
        return;
      }
      Map<UUID, Notification> byId = new HashMap<>();
      notifications
          .findAll(deliveries.stream().map(Delivery::notificationId).toList())
          .forEach(notification -> byId.put(notification.id(), notification));
      // those erased meanwhile: their deliveries went with them
      List<Delivery> present =
          deliveries.stream().filter(d -> byId.containsKey(d.notificationId())).toList();
      long start = System.nanoTime();
      try {
        sender.sendAll(present.stream().map(d -> byId.get(d.notificationId())).toList());
        breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        Attempt sent = rules.sent();
        present.forEach(delivery -> finished.add(new DeliveryOutcomes.Attempted(delivery, sent)));
        return;
      } catch (DeliveryFailure | RuntimeException together) {
        breaker.releasePermission();
        log.debug(
            "{}: a batch failed, sending it one by one: {}", loop.getName(), together.toString());
      }
      for (Delivery delivery : present) {
        if (!breaker.tryAcquirePermission()) {
          store.release(delivery.id(), instance);
          continue;
        }
        finished.add(
            new DeliveryOutcomes.Attempted(
                delivery, send(byId.get(delivery.notificationId()), delivery)));
      }
    } catch (RuntimeException e) {
      // the claims expire and the rows are tried again
      log.warn(
          "{}: could not send {} deliveries: {}", loop.getName(), deliveries.size(), e.toString());
    } finally {
      bulkhead.onComplete();
      wake();
    }
  }

  /** Records one attempt in a transaction of its own: whether it could be. */
  private boolean recordedNow(DeliveryOutcomes.Attempted attempted) {
    try {
      outcomes.record(List.of(attempted), instance);
      return true;
    } catch (RuntimeException e) {
      log.warn(
          "{}: could not record delivery {} yet: {}",
          loop.getName(),
          attempted.delivery().id(),
          e.toString());
      return false;
    }
  }

  private Attempt send(Notification notification, Delivery delivery) {
    long start = System.nanoTime();
    try {
      sender.send(notification, delivery.target());
      breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      return rules.sent();
    } catch (DeliveryFailure failure) {
      if (failure.permanent()) {
        // the other side answered: the channel itself works
        breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      } else {
        breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
      }
      return rules.failed(delivery.attempts(), failure);
    } catch (RuntimeException unexpected) {
      breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, unexpected);
      return rules.failed(
          delivery.attempts(),
          DeliveryFailure.transientFailure(unexpected.getClass().getSimpleName(), unexpected));
    }
  }
}
