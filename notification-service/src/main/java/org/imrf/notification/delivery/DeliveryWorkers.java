package org.imrf.notification.delivery;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imrf.notification.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This instance's workers, one per channel that has a sender. Stopping stops claiming first and
 * lets the sends in flight finish, before the database and Kafka go.
 */
@Component
class DeliveryWorkers implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);

  private final Map<Channel, ChannelSender> senders;
  private final DeliveryStore store;
  private final Notifications notifications;
  private final DeliveryOutcomes outcomes;
  private final DeliveryRules rules;
  private final CircuitBreakerRegistry breakers;
  private final BulkheadRegistry bulkheads;
  private final DeliveryProperties properties;
  private final String instance;
  private final Map<Channel, ChannelWorker> running = new EnumMap<>(Channel.class);

  DeliveryWorkers(
      ChannelSenders senders,
      DeliveryStore store,
      Notifications notifications,
      DeliveryOutcomes outcomes,
      CircuitBreakerRegistry breakers,
      BulkheadRegistry bulkheads,
      DeliveryProperties properties) {
    this.senders = senders.byChannel();
    this.store = store;
    this.notifications = notifications;
    this.outcomes = outcomes;
    this.rules = DeliveryRules.of(properties);
    this.breakers = breakers;
    this.bulkheads = bulkheads;
    this.properties = properties;
    this.instance =
        properties.instanceId() != null && !properties.instanceId().isBlank()
            ? properties.instanceId()
            : hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The name this instance claims rows under. */
  String instance() {
    return instance;
  }

  /** A worker for a channel under another instance's name: what a second instance would run. */
  ChannelWorker worker(Channel channel, String instance) {
    ChannelSender sender = senders.get(channel);
    if (sender == null) {
      throw new IllegalArgumentException("no sender for channel " + channel.code());
    }
    String name = "delivery-" + channel.code();
    return new ChannelWorker(
        sender,
        instance,
        store,
        notifications,
        outcomes,
        rules,
        breakers.circuitBreaker(name),
        bulkheads.bulkhead(name),
        properties);
  }

  /** Wakes the workers of channels that were just given rows. */
  void wake(Collection<Channel> channels) {
    synchronized (running) {
      channels.forEach(
          channel -> {
            ChannelWorker worker = running.get(channel);
            if (worker != null) {
              worker.wake();
            }
          });
    }
  }

  @Override
  public void start() {
    synchronized (running) {
      if (!properties.enabled() || !running.isEmpty()) {
        return;
      }
      senders
          .keySet()
          .forEach(
              channel -> {
                ChannelWorker worker = worker(channel, instance);
                running.put(channel, worker);
                worker.start();
              });
      log.info("Delivering on {} as {}", senders.keySet(), instance);
    }
  }

  @Override
  public void stop() {
    List<ChannelWorker> stopping;
    synchronized (running) {
      stopping = List.copyOf(running.values());
      running.clear();
    }
    // every channel stops claiming at once, then their sends finish within one shared timeout
    stopping.forEach(ChannelWorker::stopClaiming);
    long deadline = System.nanoTime() + properties.shutdownTimeout().toNanos();
    stopping.forEach(worker -> worker.awaitSends(deadline));
  }

  @Override
  public boolean isRunning() {
    synchronized (running) {
      return !running.isEmpty();
    }
  }

  /** The channels this instance sends on. */
  Set<Channel> channels() {
    return senders.keySet();
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "instance";
    }
  }
}
