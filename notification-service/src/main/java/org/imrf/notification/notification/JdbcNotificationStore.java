package org.imrf.notification.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications in notification-service's database. */
@Repository
class JdbcNotificationStore implements NotificationStore {

  private static final String COLUMNS =
      "id, participant_id, source_event_id, kind, channel, recipient, language, subject, body,"
          + " created_at";

  private final JdbcClient jdbc;

  JdbcNotificationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(Notification notification) {
    jdbc.sql(
            """
            insert into notification (%s)
            values (:id, :participant, :event, :kind, :channel, :recipient, :language, :subject,
                    :body, :createdAt)
            """
                .formatted(COLUMNS))
        .param("id", notification.id())
        .param("participant", notification.participantId())
        .param("event", notification.sourceEventId())
        .param("kind", notification.kind())
        .param("channel", notification.channel())
        .param("recipient", notification.recipient())
        .param("language", notification.language())
        .param("subject", notification.subject())
        .param("body", notification.body())
        .param("createdAt", Timestamp.from(notification.createdAt()))
        .update();
  }

  @Override
  public Optional<Notification> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from notification where id = :id")
        .param("id", id)
        .query(JdbcNotificationStore::notification)
        .optional();
  }

  @Override
  public List<Notification> forParticipant(UUID participantId, int offset, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from notification where participant_id = :participant"
                + " order by created_at desc, id limit :limit offset :offset")
        .param("participant", participantId)
        .param("limit", limit)
        .param("offset", offset)
        .query(JdbcNotificationStore::notification)
        .list();
  }

  @Override
  public long countForParticipant(UUID participantId) {
    return jdbc.sql("select count(*) from notification where participant_id = :participant")
        .param("participant", participantId)
        .query(Long.class)
        .single();
  }

  private static Notification notification(ResultSet rs, int row) throws SQLException {
    return new Notification(
        rs.getObject("id", UUID.class),
        rs.getObject("participant_id", UUID.class),
        rs.getObject("source_event_id", UUID.class),
        rs.getString("kind"),
        rs.getString("channel"),
        rs.getString("recipient"),
        rs.getString("language"),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getTimestamp("created_at").toInstant());
  }

  @Override
  public int forget(UUID participantId) {
    return jdbc.sql("delete from notification where participant_id = :participant")
        .param("participant", participantId)
        .update();
  }
}
