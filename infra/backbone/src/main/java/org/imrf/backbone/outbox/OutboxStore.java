package org.imrf.backbone.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The outbox table, in the {@code messaging} schema of the service's own database. */
class OutboxStore {

  /** Any constant will do, as long as every instance of a service uses the same one. */
  private static final long RELAY_LOCK = 0x1_4D52_46L;

  private final JdbcClient jdbc;

  OutboxStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(OutboxMessage message) {
    jdbc.sql(
            """
            insert into messaging.outbox
              (event_id, topic, message_key, event_type, source, subject, occurred_at, payload)
            values (:id, :topic, :key, :type, :source, :subject, :occurredAt, :payload)
            """)
        .param("id", message.eventId())
        .param("topic", message.topic())
        .param("key", message.key())
        .param("type", message.type())
        .param("source", message.source())
        .param("subject", message.subject())
        .param("occurredAt", Timestamp.from(message.occurredAt()))
        .param("payload", message.payload())
        .update();
  }

  /**
   * Takes the relay lock for the current transaction: only one instance of a service publishes at a
   * time, which keeps one aggregate's events in order across instances.
   */
  boolean tryRelayLock() {
    return Boolean.TRUE.equals(
        jdbc.sql("select pg_try_advisory_xact_lock(:lock)")
            .param("lock", RELAY_LOCK)
            .query(Boolean.class)
            .single());
  }

  /** The oldest waiting events, in the order they were written. */
  List<OutboxMessage> oldest(int limit) {
    return jdbc.sql(
            """
            select position, event_id, topic, message_key, event_type, source, subject,
                   occurred_at, payload, recorded_at
            from messaging.outbox
            order by position
            limit :limit
            for update
            """)
        .param("limit", limit)
        .query(
            (rs, row) ->
                new OutboxMessage(
                    rs.getLong("position"),
                    rs.getObject("event_id", UUID.class),
                    rs.getString("topic"),
                    rs.getString("message_key"),
                    rs.getString("event_type"),
                    rs.getString("source"),
                    rs.getString("subject"),
                    rs.getTimestamp("occurred_at").toInstant(),
                    rs.getBytes("payload"),
                    rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }

  void delete(Collection<Long> positions) {
    if (!positions.isEmpty()) {
      jdbc.sql("delete from messaging.outbox where position in (:positions)")
          .param("positions", List.copyOf(positions))
          .update();
    }
  }

  void recordFailure(Collection<Long> positions, String error) {
    if (!positions.isEmpty()) {
      jdbc.sql(
              """
              update messaging.outbox set attempts = attempts + 1, last_error = :error
              where position in (:positions)
              """)
          .param("error", error)
          .param("positions", List.copyOf(positions))
          .update();
    }
  }

  /** Waiting events per topic: how many, and since when the oldest waits. */
  Map<String, Backlog> backlog() {
    return jdbc
        .sql(
            """
            select topic, count(*) as waiting, min(recorded_at) as oldest
            from messaging.outbox group by topic
            """)
        .query(
            (rs, row) ->
                Map.entry(
                    rs.getString("topic"),
                    new Backlog(rs.getLong("waiting"), rs.getTimestamp("oldest").toInstant())))
        .list()
        .stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  record Backlog(long waiting, Instant oldest) {}
}
