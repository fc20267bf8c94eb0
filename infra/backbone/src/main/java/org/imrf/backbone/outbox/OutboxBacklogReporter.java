package org.imrf.backbone.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Sets the outbox backlog gauges from the table, every {@code imrf.outbox.metrics-interval}. */
class OutboxBacklogReporter {

  private static final Logger log = LoggerFactory.getLogger(OutboxBacklogReporter.class);

  private final OutboxStore store;
  private final OutboxMetrics metrics;

  OutboxBacklogReporter(OutboxStore store, OutboxMetrics metrics) {
    this.store = store;
    this.metrics = metrics;
  }

  @Scheduled(fixedDelayString = "${imrf.outbox.metrics-interval:5s}")
  void report() {
    try {
      metrics.backlog(store.backlog());
    } catch (RuntimeException e) {
      log.debug("Outbox backlog not readable now: {}", e.getMessage());
    }
  }
}
