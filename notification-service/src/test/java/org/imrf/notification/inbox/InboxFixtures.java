package org.imrf.notification.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.imrf.notification.delivery.Channel;
import org.imrf.notification.delivery.ChannelSender;
import org.imrf.notification.delivery.DeliveryFailure;
import org.imrf.notification.notification.Notification;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notifications written as the writer writes them, and delivered in-app as the delivery queue
 * delivers them: by calling the in-app channel's sender.
 */
public final class InboxFixtures {

  private final JdbcClient jdbc;
  private final ChannelSender inApp;

  public InboxFixtures(JdbcClient jdbc, List<ChannelSender> senders) {
    this.jdbc = jdbc;
    this.inApp =
        senders.stream().filter(sender -> sender.channel() == Channel.IN_APP).findFirst().get();
  }

  /** A notification for the participant, stored, not yet in any inbox. */
  public Notification written(UUID participant, String language, String subject) {
    Notification notification =
        new Notification(
            UUID.randomUUID(),
            participant,
            UUID.randomUUID(),
            "registration-confirmation",
            "email",
            "inbox@example.org",
            language,
            subject,
            "Body of " + subject,
            Instant.now().truncatedTo(ChronoUnit.MILLIS));
    jdbc.sql(
            """
            insert into notification (id, participant_id, source_event_id, kind, channel, recipient,
                                      language, subject, body, created_at)
            values (:id, :participant, :event, :kind, :channel, :recipient, :language, :subject,
                    :body, :createdAt)
            """)
        .param("id", notification.id())
        .param("participant", participant)
        .param("event", notification.sourceEventId())
        .param("kind", notification.kind())
        .param("channel", notification.channel())
        .param("recipient", notification.recipient())
        .param("language", language)
        .param("subject", subject)
        .param("body", notification.body())
        .param("createdAt", Timestamp.from(notification.createdAt()))
        .update();
    return notification;
  }

  /** Sends it on the in-app channel, as the delivery queue does. */
  public Notification delivered(Notification notification) {
    try {
      inApp.send(notification, ChannelSender.ONLY_TARGET);
    } catch (DeliveryFailure failure) {
      throw new AssertionError("the in-app channel refused " + notification.id(), failure);
    }
    return notification;
  }

  /** A notification written and delivered in-app. */
  public Notification delivered(UUID participant, String subject) {
    return delivered(written(participant, "en", subject));
  }

  /**
   * A notification put into the inbox by another instance: committed without this instance's
   * streams being told.
   */
  public Notification deliveredElsewhere(UUID participant, String subject) {
    Notification notification = written(participant, "en", subject);
    jdbc.sql("insert into inbox_entry (notification_id, participant_id) values (:id, :participant)")
        .param("id", notification.id())
        .param("participant", participant)
        .update();
    return notification;
  }

  /** The seq of the notification's entry in its inbox. */
  public long seqOf(Notification notification) {
    return jdbc.sql("select seq from inbox_entry where notification_id = :id")
        .param("id", notification.id())
        .query(Long.class)
        .single();
  }

  /** How many entries the notification has, in every inbox. */
  public long entriesOf(Notification notification) {
    return jdbc.sql("select count(*) from inbox_entry where notification_id = :id")
        .param("id", notification.id())
        .query(Long.class)
        .single();
  }
}
