package org.imrf.notification.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;
import org.imrf.notification.notification.NotificationWriter;
import org.imrf.notification.notification.Notifications;
import org.imrf.notification.participant.KnownParticipant;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes notifications as the features do: through the writer, in a transaction. */
final class Notifying {

  static final String KIND = "edition-rescheduled";

  private final NotificationWriter writer;
  private final Notifications notifications;
  private final TransactionTemplate transaction;

  Notifying(
      NotificationWriter writer,
      Notifications notifications,
      PlatformTransactionManager transactions) {
    this.writer = writer;
    this.notifications = notifications;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** One notification for a participant; its id. */
  UUID one(UUID participant) {
    return all(List.of(participant)).get(0);
  }

  /** One notification for each participant, all in one transaction, as a fan-out writes them. */
  List<UUID> all(List<UUID> participants) {
    transaction.executeWithoutResult(
        status ->
            participants.forEach(
                participant -> writer.email(attendee(participant), KIND, UUID.randomUUID())));
    List<UUID> ids = new ArrayList<>();
    participants.forEach(
        participant -> ids.add(notifications.forParticipant(participant, 0, 1).get(0).id()));
    return ids;
  }

  private static KnownParticipant attendee(UUID id) {
    return new KnownParticipant(
        id,
        "Amal Nasser",
        id + "@example.org",
        "Migrant Forum in Asia",
        "PH",
        "civil-society",
        "en",
        "imrf-2026",
        MultilingualText.english("International Migration Review Forum 2026"),
        "online",
        null,
        null,
        null);
  }
}
