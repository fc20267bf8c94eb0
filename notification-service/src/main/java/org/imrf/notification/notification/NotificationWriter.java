package org.imrf.notification.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.forgetting.ForgetsParticipants;
import org.imrf.notification.edition.EditionDirectory;
import org.imrf.notification.participant.KnownParticipant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of notifications: renders a kind of message for a participant, in their language,
 * and keeps it; deletes every message sent to a participant who is erased. Runs in the transaction
 * that records the event as processed.
 */
@Service
public class NotificationWriter implements ForgetsParticipants {

  private static final Logger log = LoggerFactory.getLogger(NotificationWriter.class);

  private final NotificationStore notifications;
  private final EditionDirectory editions;
  private final Templates templates;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  NotificationWriter(
      NotificationStore notifications,
      EditionDirectory editions,
      Templates templates,
      Clock clock,
      ApplicationEventPublisher events) {
    this.notifications = notifications;
    this.editions = editions;
    this.templates = templates;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Emails the participant a message of this kind, in its own text.
   *
   * @param eventId the event that causes it: one event yields one message of a kind per person
   * @param more the text's placeholders after the first two, the participant's name and the title
   *     of their edition in their language
   */
  public void email(KnownParticipant to, String kind, UUID eventId, Object... more) {
    emailInText(to, kind, kind, eventId, more);
  }

  /** As {@link #email}, in the text of {@code text}: one kind may be told in several ways. */
  public void emailInText(
      KnownParticipant to, String kind, String text, UUID eventId, Object... more) {
    Object[] arguments = new Object[2 + more.length];
    arguments[0] = to.name();
    arguments[1] = editions.titleFor(to);
    System.arraycopy(more, 0, arguments, 2, more.length);
    Message message = templates.render(text, to.language(), arguments);
    Notification notification =
        new Notification(
            UUID.randomUUID(),
            to.id(),
            eventId,
            kind,
            "email",
            to.email(),
            to.language(),
            message.subject(),
            message.body(),
            Instant.now(clock));
    notifications.add(notification);
    // its deliveries are written by their listeners, in this transaction
    events.publishEvent(new NotificationWritten(notification));
  }

  /**
   * Keeps many notifications, rendered by the caller, in the caller's transaction, and announces
   * those kept as one {@link NotificationsWritten}: a fan-out writes a chunk at a time. A
   * notification its source event already caused for the participant is skipped, so a fan-out that
   * resumes after a crash doubles nothing.
   *
   * @return those written, without the ones skipped
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<Notification> writeAll(List<Notification> notifications) {
    List<Notification> written = this.notifications.addAll(notifications);
    if (!written.isEmpty()) {
      // their deliveries are written in bulk by their listeners, in this transaction
      events.publishEvent(new NotificationsWritten(written));
    }
    return written;
  }

  /**
   * How the participant attends, as a sentence of its own in their language; empty if their
   * registration did not say.
   */
  public String attendance(KnownParticipant participant) {
    return participant.attendance() == null
        ? ""
        : templates.phrase(
            "standing.attendance." + participant.attendance(), participant.language());
  }

  /** Deletes every message sent to an erased participant: they carry name, address and links. */
  @Override
  public void forget(UUID participantId) {
    log.info(
        "Forgot {} messages to participant {}", notifications.forget(participantId), participantId);
  }
}
