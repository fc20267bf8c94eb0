package org.imrf.notification.inbox;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imrf.notification.delivery.Channel;
import org.imrf.notification.delivery.ChannelSender;
import org.imrf.notification.delivery.DeliveryFailure;
import org.imrf.notification.notification.Notification;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers in-app: puts the notification into its participant's inbox, once however often it is
 * sent, and tells this instance's open streams as soon as it is committed.
 */
@Component
class InAppSender implements ChannelSender {

  private final InboxEntries entries;
  private final TransactionTemplate ownTransaction;
  private final ApplicationEventPublisher events;

  InAppSender(
      InboxEntries entries,
      PlatformTransactionManager transactions,
      ApplicationEventPublisher events) {
    this.entries = entries;
    // its own transaction, begun before anything is written: the entry's seq and transaction then
    // follow the participant's lock (JdbcInboxEntries.add)
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.events = events;
  }

  @Override
  public Channel channel() {
    return Channel.IN_APP;
  }

  @Override
  public boolean reachesOutside() {
    return false;
  }

  /** An inbox takes hundreds of entries in one transaction as cheaply as one. */
  @Override
  public int batchSize() {
    return 500;
  }

  @Override
  public void sendAll(List<Notification> notifications) throws DeliveryFailure {
    Set<UUID> added;
    try {
      added = ownTransaction.execute(status -> entries.addAll(notifications));
    } catch (DataAccessException failed) {
      // one of them erased meanwhile, or the database away: the worker sends them one by one
      throw DeliveryFailure.transientFailure(
          "The inbox cannot be written: " + failed.getMessage(), failed);
    }
    if (added != null) {
      added.forEach(participant -> events.publishEvent(new InboxEntryAdded(participant)));
    }
  }

  @Override
  public void send(Notification notification, String target) throws DeliveryFailure {
    boolean added;
    try {
      added =
          Boolean.TRUE.equals(
              ownTransaction.execute(
                  status -> entries.add(notification.id(), notification.participantId())));
    } catch (DataIntegrityViolationException erased) {
      throw DeliveryFailure.permanentFailure(
          "Notification " + notification.id() + " no longer exists", erased);
    } catch (DataAccessException unavailable) {
      throw DeliveryFailure.transientFailure(
          "The inbox cannot be written: " + unavailable.getMessage(), unavailable);
    }
    if (added) {
      events.publishEvent(new InboxEntryAdded(notification.participantId()));
    }
  }
}
