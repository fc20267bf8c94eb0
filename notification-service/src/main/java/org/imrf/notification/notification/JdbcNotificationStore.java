package org.imrf.notification.notification;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications in notification-service's database. */
@Repository
class JdbcNotificationStore implements NotificationStore {

  private static final String COLUMNS =
      "id, participant_id, source_event_id, kind, channel, recipient, language, subject, body,"
          + " created_at";

  /** One row per element of ten equally long arrays; an existing message is left alone. */
  private static final String ADD_ALL =
      """
      insert into notification (%s)
      select cast(id as uuid), cast(participant as uuid), cast(event as uuid), kind, channel,
             recipient, language, subject, body, cast(created_at as timestamptz)
      from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        as given (id, participant, event, kind, channel, recipient, language, subject, body,
                  created_at)
      on conflict (source_event_id, kind, channel, participant_id) do nothing
      returning id
      """
          .formatted(COLUMNS);

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  JdbcNotificationStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
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
  public List<Notification> addAll(List<Notification> notifications) {
    if (notifications.isEmpty()) {
      return List.of();
    }
    // one statement of arrays: a round trip per chunk rather than per row
    Set<UUID> added =
        template.execute(
            (Connection connection) -> {
              try (PreparedStatement insert = connection.prepareStatement(ADD_ALL)) {
                int column = 1;
                for (Array values : columns(connection, notifications)) {
                  insert.setArray(column++, values);
                }
                Set<UUID> ids = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                  while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                  }
                }
                return ids;
              }
            });
    return notifications.stream().filter(n -> added.contains(n.id())).toList();
  }

  private static List<Array> columns(Connection connection, List<Notification> notifications)
      throws SQLException {
    int size = notifications.size();
    String[][] columns = new String[10][size];
    for (int i = 0; i < size; i++) {
      Notification n = notifications.get(i);
      columns[0][i] = n.id().toString();
      columns[1][i] = n.participantId().toString();
      columns[2][i] = n.sourceEventId().toString();
      columns[3][i] = n.kind();
      columns[4][i] = n.channel();
      columns[5][i] = n.recipient();
      columns[6][i] = n.language();
      columns[7][i] = n.subject();
      columns[8][i] = n.body();
      columns[9][i] = n.createdAt().toString();
    }
    List<Array> arrays = new ArrayList<>();
    for (String[] column : columns) {
      arrays.add(connection.createArrayOf("text", column));
    }
    return arrays;
  }

  @Override
  public Optional<Notification> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from notification where id = :id")
        .param("id", id)
        .query(JdbcNotificationStore::notification)
        .optional();
  }

  @Override
  public List<Notification> findAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from notification where id = any(:ids)")
        .param("ids", ids.toArray(UUID[]::new))
        .query(JdbcNotificationStore::notification)
        .list();
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
