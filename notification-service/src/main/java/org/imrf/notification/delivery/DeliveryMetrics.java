package org.imrf.notification.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each channel's deliveries as counters ({@code imrf.deliveries.sent}, {@code .failed}, {@code
 * .bounced}, {@code .retried}) and its queue as gauges ({@code imrf.deliveries.queued}, {@code
 * imrf.deliveries.oldest.due.seconds}), measured on a schedule rather than at each scrape.
 */
@Component
class DeliveryMetrics {

  private final DeliveryStore store;
  private final Map<Channel, Map<DeliveryState, Counter>> outcomes = new EnumMap<>(Channel.class);
  private final Map<Channel, Counter> retried = new EnumMap<>(Channel.class);
  private final Map<Channel, AtomicLong> queued = new EnumMap<>(Channel.class);
  private final Map<Channel, AtomicLong> oldestDueMillis = new EnumMap<>(Channel.class);

  DeliveryMetrics(DeliveryStore store, MeterRegistry meters) {
    this.store = store;
    for (Channel channel : Channel.values()) {
      Map<DeliveryState, Counter> counters = new EnumMap<>(DeliveryState.class);
      for (DeliveryState state :
          new DeliveryState[] {DeliveryState.SENT, DeliveryState.FAILED, DeliveryState.BOUNCED}) {
        counters.put(
            state,
            Counter.builder("imrf.deliveries." + state.code())
                .description("Deliveries that ended " + state.code())
                .tag("channel", channel.code())
                .register(meters));
      }
      outcomes.put(channel, counters);
      retried.put(
          channel,
          Counter.builder("imrf.deliveries.retried")
              .description("Failed attempts that will be tried again")
              .tag("channel", channel.code())
              .register(meters));
      AtomicLong size = new AtomicLong();
      queued.put(channel, size);
      Gauge.builder("imrf.deliveries.queued", size, AtomicLong::get)
          .description("Deliveries waiting to be sent, due or not")
          .tag("channel", channel.code())
          .register(meters);
      AtomicLong age = new AtomicLong();
      oldestDueMillis.put(channel, age);
      Gauge.builder("imrf.deliveries.oldest.due", age, millis -> millis.get() / 1000.0)
          .description("How long the delivery due longest has waited since it became due")
          .baseUnit("seconds")
          .tag("channel", channel.code())
          .register(meters);
    }
  }

  /** Counts where an attempt left a delivery. */
  void attempted(Channel channel, DeliveryState state) {
    if (state == DeliveryState.QUEUED) {
      retried.get(channel).increment();
    } else {
      Counter counter = outcomes.get(channel).get(state);
      if (counter != null) {
        counter.increment();
      }
    }
  }

  @Scheduled(
      fixedDelayString = "${imrf.delivery.metrics-interval:5s}",
      initialDelayString = "${imrf.delivery.metrics-interval:5s}")
  void measureQueues() {
    Map<Channel, DeliveryStore.QueueLength> now = new EnumMap<>(Channel.class);
    store.queues().forEach(queue -> now.put(queue.channel(), queue));
    for (Channel channel : Channel.values()) {
      DeliveryStore.QueueLength queue = now.get(channel);
      queued.get(channel).set(queue == null ? 0 : queue.queued());
      oldestDueMillis.get(channel).set(queue == null ? 0 : queue.oldestDueFor().toMillis());
    }
  }
}
