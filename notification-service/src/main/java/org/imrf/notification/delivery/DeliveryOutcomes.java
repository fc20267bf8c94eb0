package org.imrf.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imrf.backbone.outbox.Outbox;
import org.imrf.notification.Topics;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records where deliveries stand, and tells {@code notification.deliveries} in the same
 * transaction: a row and its event commit together, or neither does.
 */
@Component
class DeliveryOutcomes {

  private final DeliveryStore store;
  private final Outbox outbox;
  private final DeliveryMetrics metrics;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DeliveryOutcomes(
      DeliveryStore store,
      Outbox outbox,
      DeliveryMetrics metrics,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.store = store;
    this.outbox = outbox;
    this.metrics = metrics;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    outbox.publishesTo(Topics.DELIVERIES);
  }

  /**
   * Adds deliveries in the caller's transaction (or one of their own), and tells of those
   * suppressed.
   *
   * @return those added (not there before)
   */
  List<Delivery> add(List<Delivery> deliveries) {
    return transaction.execute(status -> addInTransaction(deliveries));
  }

  private List<Delivery> addInTransaction(List<Delivery> deliveries) {
    List<Delivery> added = store.add(deliveries);
    Set<UUID> suppressedFor =
        added.stream()
            .filter(delivery -> delivery.state() == DeliveryState.SUPPRESSED)
            .map(Delivery::participantId)
            .collect(Collectors.toSet());
    if (!suppressedFor.isEmpty()) {
      Map<UUID, String> editions = store.editionsOf(suppressedFor);
      for (Delivery delivery : added) {
        if (delivery.state() == DeliveryState.SUPPRESSED) {
          outbox.append(
              Topics.DELIVERIES,
              DeliveryOutcome.of(
                  withEdition(delivery, editions.get(delivery.participantId())),
                  delivery.createdAt()));
        }
      }
    }
    return added;
  }

  /**
   * Records attempts on rows this instance holds, all in one transaction of their own: one commit
   * for a batch of sends rather than one each.
   *
   * @return the rows as they now stand; without those another instance had taken over
   */
  List<Delivery> record(List<Attempted> attempts, String instance) {
    List<Delivery> recorded =
        transaction.execute(
            status -> {
              List<Delivery> now = new ArrayList<>();
              // the sends that went through, the bulk of a batch, in one statement
              List<UUID> sent =
                  attempts.stream()
                      .filter(attempted -> attempted.attempt().state() == DeliveryState.SENT)
                      .map(attempted -> attempted.delivery().id())
                      .toList();
              for (Delivery delivery : store.recordSent(sent, instance)) {
                now.add(delivery);
                outbox.append(Topics.DELIVERIES, DeliveryOutcome.of(delivery, atOf(delivery)));
              }
              for (Attempted attempted : attempts) {
                if (attempted.attempt().state() == DeliveryState.SENT) {
                  continue;
                }
                store
                    .record(attempted.delivery().id(), instance, attempted.attempt())
                    .ifPresent(
                        delivery -> {
                          now.add(delivery);
                          if (delivery.state() != DeliveryState.QUEUED) {
                            outbox.append(
                                Topics.DELIVERIES, DeliveryOutcome.of(delivery, atOf(delivery)));
                          }
                        });
              }
              return now;
            });
    recorded.forEach(delivery -> metrics.attempted(delivery.channel(), delivery.state()));
    return recorded;
  }

  /** A claimed row, and where its attempt left it. */
  record Attempted(Delivery delivery, Attempt attempt) {}

  private Instant atOf(Delivery delivery) {
    return delivery.sentAt() != null ? delivery.sentAt() : Instant.now(clock);
  }

  private static Delivery withEdition(Delivery delivery, String editionId) {
    return new Delivery(
        delivery.id(),
        delivery.notificationId(),
        delivery.participantId(),
        editionId,
        delivery.kind(),
        delivery.channel(),
        delivery.target(),
        delivery.state(),
        delivery.attempts(),
        delivery.lastError(),
        delivery.createdAt(),
        delivery.nextAttemptAt(),
        delivery.sentAt());
  }
}
