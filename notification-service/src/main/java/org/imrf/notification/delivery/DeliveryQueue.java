package org.imrf.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.imrf.backbone.random.Unpredictable;
import org.imrf.notification.notification.Notification;
import org.imrf.notification.notification.NotificationWritten;
import org.imrf.notification.notification.NotificationsWritten;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues each notification's deliveries in the transaction that writes it: one per channel and
 * target, queued where the participant chose the channel, suppressed (and told) elsewhere. Rows of
 * one transaction are written in batches, and the channels given rows are woken once it commits.
 */
@Component
class DeliveryQueue {

  /** Rows written at a time when one transaction writes many notifications (a fan-out). */
  static final int BATCH = 500;

  private final ChannelSenders senders;
  private final ChannelChoices choices;
  private final DeliveryOutcomes outcomes;
  private final DeliveryWorkers workers;
  private final Clock clock;

  DeliveryQueue(
      ChannelSenders senders,
      ChannelChoices choices,
      DeliveryOutcomes outcomes,
      DeliveryWorkers workers,
      Clock clock) {
    this.senders = senders;
    this.choices = choices;
    this.outcomes = outcomes;
    this.workers = workers;
    this.clock = clock;
  }

  @EventListener
  void on(NotificationWritten written) {
    List<Delivery> deliveries = deliveriesOf(written.notification());
    if (deliveries.isEmpty()) {
      return;
    }
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      written(outcomes.add(deliveries));
      return;
    }
    Pending pending = pending();
    pending.rows.addAll(deliveries);
    if (pending.rows.size() >= BATCH) {
      pending.write();
    }
  }

  /** Many notifications in one transaction (an announcement's chunk): choices read in bulk. */
  @EventListener
  void on(NotificationsWritten written) {
    Map<String, List<Notification>> byKind = new HashMap<>();
    written
        .notifications()
        .forEach(n -> byKind.computeIfAbsent(n.kind(), kind -> new ArrayList<>()).add(n));
    Pending pending =
        TransactionSynchronizationManager.isActualTransactionActive() ? pending() : null;
    for (Map.Entry<String, List<Notification>> kind : byKind.entrySet()) {
      Map<UUID, ChannelChoices.Choice> choices =
          this.choices.choices(
              kind.getValue().stream().map(Notification::participantId).distinct().toList(),
              kind.getKey());
      Map<ChannelSender, Map<UUID, List<String>>> targets = new LinkedHashMap<>();
      for (ChannelSender sender : senders.all()) {
        targets.put(sender, sender.targets(kind.getValue()));
      }
      for (Notification notification : kind.getValue()) {
        ChannelChoices.Choice choice = choices.get(notification.participantId());
        List<Delivery> deliveries =
            deliveriesOf(
                notification,
                choice.channels(),
                choice.inDigest(),
                sender -> targets.get(sender).getOrDefault(notification.id(), List.of()));
        if (pending == null) {
          written(outcomes.add(deliveries));
          continue;
        }
        pending.rows.addAll(deliveries);
        if (pending.rows.size() >= BATCH) {
          pending.write();
        }
      }
    }
  }

  private List<Delivery> deliveriesOf(Notification notification) {
    return deliveriesOf(notification, null, null, sender -> sender.targets(notification));
  }

  /** The notification's deliveries; choices not given are asked once a channel concerns it. */
  private List<Delivery> deliveriesOf(
      Notification notification,
      Set<Channel> chosen,
      Boolean inDigest,
      Function<ChannelSender, List<String>> targetsOf) {
    Instant now = Instant.now(clock);
    List<Delivery> deliveries = new ArrayList<>();
    for (ChannelSender sender : senders.all()) {
      List<String> targets = targetsOf.apply(sender);
      if (targets.isEmpty()) {
        continue;
      }
      // asked only once a channel concerns the notification, and once per notification
      if (chosen == null) {
        chosen = choices.chosen(notification.participantId(), notification.kind());
      }
      if (sender.channel() == Channel.EMAIL && inDigest == null) {
        inDigest = choices.inDigest(notification.participantId(), notification.kind());
      }
      String suppressed =
          DeliveryRules.whySuppressed(sender.channel(), chosen, Boolean.TRUE.equals(inDigest));
      for (String target : targets) {
        deliveries.add(
            new Delivery(
                Unpredictable.uuid(),
                notification.id(),
                notification.participantId(),
                null,
                notification.kind(),
                sender.channel(),
                target,
                suppressed == null ? DeliveryState.QUEUED : DeliveryState.SUPPRESSED,
                0,
                suppressed,
                now,
                now,
                null));
      }
    }
    return deliveries;
  }

  private void written(List<Delivery> added) {
    workers.wake(queuedChannels(added));
  }

  private static Set<Channel> queuedChannels(List<Delivery> deliveries) {
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    deliveries.stream()
        .filter(delivery -> delivery.state() == DeliveryState.QUEUED)
        .forEach(delivery -> channels.add(delivery.channel()));
    return channels;
  }

  private Pending pending() {
    Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      pending = new Pending();
      TransactionSynchronizationManager.bindResource(this, pending);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    return pending;
  }

  /** One transaction's rows not yet written, and the channels it gave rows to. */
  private final class Pending implements TransactionSynchronization {
    private final List<Delivery> rows = new ArrayList<>();
    private final Set<Channel> queued = EnumSet.noneOf(Channel.class);

    void write() {
      if (!rows.isEmpty()) {
        queued.addAll(queuedChannels(outcomes.add(List.copyOf(rows))));
        rows.clear();
      }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      write();
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(DeliveryQueue.this);
      if (status == STATUS_COMMITTED) {
        workers.wake(queued);
      }
    }
  }
}
