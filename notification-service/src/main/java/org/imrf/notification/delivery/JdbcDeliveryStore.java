package org.imrf.notification.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imrf.backbone.domain.Coded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deliveries in notification-service's database; times of the queue are the database's. */
@Repository
class JdbcDeliveryStore implements DeliveryStore {

  private static final String COLUMNS =
      "d.id, d.notification_id, d.participant_id, d.kind, d.channel, d.target, d.state,"
          + " d.attempts, d.last_error, d.created_at, d.next_attempt_at, d.sent_at";

  /** The participant's edition, from what this service knows of participants. */
  private static final String EDITION =
      "(select k.edition_id from known_participant k where k.id = d.participant_id) as edition_id";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batches;
  private final JdbcTemplate template;

  JdbcDeliveryStore(JdbcClient jdbc, NamedParameterJdbcTemplate batches, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.template = template;
  }

  @Override
  public List<Delivery> add(List<Delivery> deliveries) {
    if (deliveries.isEmpty()) {
      return List.of();
    }
    // one statement of arrays: a round trip per batch rather than per row
    Set<UUID> added =
        template.execute(
            (Connection connection) -> {
              try (PreparedStatement insert = connection.prepareStatement(ADD_ALL)) {
                int size = deliveries.size();
                String[][] columns = new String[10][size];
                for (int i = 0; i < size; i++) {
                  Delivery d = deliveries.get(i);
                  columns[0][i] = d.id().toString();
                  columns[1][i] = d.notificationId().toString();
                  columns[2][i] = d.participantId().toString();
                  columns[3][i] = d.kind();
                  columns[4][i] = d.channel().code();
                  columns[5][i] = d.target();
                  columns[6][i] = d.state().code();
                  columns[7][i] = d.lastError();
                  columns[8][i] = d.createdAt().toString();
                  columns[9][i] = d.nextAttemptAt().toString();
                }
                for (int column = 0; column < columns.length; column++) {
                  insert.setArray(column + 1, connection.createArrayOf("text", columns[column]));
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
    return deliveries.stream().filter(delivery -> added.contains(delivery.id())).toList();
  }

  /** One row per element of ten equally long arrays; a delivery already there is left alone. */
  private static final String ADD_ALL =
      """
      insert into delivery (id, notification_id, participant_id, kind, channel, target, state,
                            last_error, created_at, next_attempt_at)
      select cast(id as uuid), cast(notification as uuid), cast(participant as uuid), kind,
             channel, target, state, last_error, cast(created_at as timestamptz),
             cast(next_attempt_at as timestamptz)
      from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        as given (id, notification, participant, kind, channel, target, state, last_error,
                  created_at, next_attempt_at)
      on conflict (notification_id, channel, target) do nothing
      returning id
      """;

  @Override
  public Map<UUID, String> editionsOf(Collection<UUID> participantIds) {
    Map<UUID, String> editions = new HashMap<>();
    if (participantIds.isEmpty()) {
      return editions;
    }
    jdbc.sql(
            "select id, edition_id from known_participant"
                + " where id in (:ids) and edition_id is not null")
        .param("ids", List.copyOf(participantIds))
        .query(
            (rs, row) -> editions.put(rs.getObject("id", UUID.class), rs.getString("edition_id")))
        .list();
    return editions;
  }

  @Override
  public List<Delivery> claim(Channel channel, String instance, Duration lease, int limit) {
    return jdbc.sql(
            """
            update delivery d set claimed_by = :instance,
                   claimed_until = now() + make_interval(secs => :lease)
            where d.id in (
              select id from delivery
              where channel = :channel and state = 'queued' and next_attempt_at <= now()
                and (claimed_until is null or claimed_until < now())
              order by next_attempt_at
              limit :limit
              for update skip locked)
            returning %s, %s
            """
                .formatted(COLUMNS, EDITION))
        .param("instance", instance)
        .param("lease", lease.toMillis() / 1000.0)
        .param("channel", channel.code())
        .param("limit", limit)
        .query(JdbcDeliveryStore::delivery)
        .list();
  }

  @Override
  public Optional<Delivery> record(UUID id, String instance, Attempt attempt) {
    return jdbc.sql(
            """
            update delivery d set state = :state, attempts = attempts + 1, last_error = :error,
                   sent_at = case when :state = 'sent' then now() else sent_at end,
                   next_attempt_at = case when :state = 'queued'
                     then now() + make_interval(secs => :retryIn) else next_attempt_at end,
                   claimed_by = null, claimed_until = null
            where id = :id and claimed_by = :instance and state = 'queued'
            returning %s, %s
            """
                .formatted(COLUMNS, EDITION))
        .param("state", attempt.state().code())
        .param("error", attempt.error())
        .param("retryIn", attempt.retryIn().toMillis() / 1000.0)
        .param("id", id)
        .param("instance", instance)
        .query(JdbcDeliveryStore::delivery)
        .optional();
  }

  @Override
  public List<Delivery> recordSent(Collection<UUID> ids, String instance) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            update delivery d set state = 'sent', attempts = attempts + 1, last_error = null,
                   sent_at = now(), claimed_by = null, claimed_until = null
            where id = any(:ids) and claimed_by = :instance and state = 'queued'
            returning %s, %s
            """
                .formatted(COLUMNS, EDITION))
        .param("ids", ids.toArray(UUID[]::new))
        .param("instance", instance)
        .query(JdbcDeliveryStore::delivery)
        .list();
  }

  @Override
  public void release(UUID id, String instance) {
    jdbc.sql(
            """
            update delivery set claimed_by = null, claimed_until = null
            where id = :id and claimed_by = :instance and state = 'queued'
            """)
        .param("id", id)
        .param("instance", instance)
        .update();
  }

  @Override
  public List<QueueLength> queues() {
    return jdbc.sql(
            """
            select channel, count(*) as queued,
                   coalesce(extract(epoch from now() - min(next_attempt_at)
                     filter (where next_attempt_at <= now())), 0) as oldest_due_for
            from delivery where state = 'queued'
            group by channel
            """)
        .query(
            (rs, row) ->
                new QueueLength(
                    Coded.ofCode(Channel.class, rs.getString("channel")).orElseThrow(),
                    rs.getLong("queued"),
                    Duration.ofMillis(Math.round(rs.getDouble("oldest_due_for") * 1000))))
        .list();
  }

  @Override
  public List<Delivery> ofNotification(UUID notificationId) {
    return jdbc.sql(
            "select %s, %s from delivery d where d.notification_id = :notification order by d.channel, d.target"
                .formatted(COLUMNS, EDITION))
        .param("notification", notificationId)
        .query(JdbcDeliveryStore::delivery)
        .list();
  }

  @Override
  public List<Delivery> search(DeliveryQuery query) {
    MapSqlParameterSource parameters = filters(query);
    parameters.addValue("limit", query.size());
    parameters.addValue("offset", (long) query.page() * query.size());
    // the sort column comes from the Sort enum, never from the request's text
    String order =
        query.sort().column() + (query.descending() ? " desc nulls last" : " asc nulls first");
    return batches.query(
        "select %s, %s from delivery d where %s order by d.%s, d.id limit :limit offset :offset"
            .formatted(COLUMNS, EDITION, where(query), order),
        parameters,
        JdbcDeliveryStore::delivery);
  }

  @Override
  public long count(DeliveryQuery query) {
    Long count =
        batches.queryForObject(
            "select count(*) from delivery d where " + where(query), filters(query), Long.class);
    return count == null ? 0 : count;
  }

  @Override
  public Counts counts(String editionId) {
    Map<String, Long> byState = zeroes(DeliveryState.class);
    Map<String, Long> byChannel = zeroes(Channel.class);
    Map<String, Long> byKind = new LinkedHashMap<>();
    long[] total = {0};
    String edition =
        editionId == null
            ? ""
            : "where d.participant_id in (select id from known_participant where edition_id = :edition)";
    batches.query(
        """
        select d.state, d.channel, d.kind, count(*) as deliveries from delivery d %s
        group by d.state, d.channel, d.kind order by d.kind
        """
            .formatted(edition),
        new MapSqlParameterSource("edition", editionId),
        (ResultSet rs) -> {
          long n = rs.getLong("deliveries");
          total[0] += n;
          byState.merge(rs.getString("state"), n, Long::sum);
          byChannel.merge(rs.getString("channel"), n, Long::sum);
          byKind.merge(rs.getString("kind"), n, Long::sum);
        });
    return new Counts(total[0], byState, byChannel, byKind);
  }

  private static <E extends Enum<E> & Coded> Map<String, Long> zeroes(Class<E> codes) {
    Map<String, Long> zeroes = new LinkedHashMap<>();
    for (E code : codes.getEnumConstants()) {
      zeroes.put(code.code(), 0L);
    }
    return zeroes;
  }

  private static String where(DeliveryQuery query) {
    List<String> conditions = new ArrayList<>();
    conditions.add("true");
    if (query.editionId() != null) {
      conditions.add(
          "d.participant_id in (select id from known_participant where edition_id = :edition)");
    }
    if (query.participantId() != null) {
      conditions.add("d.participant_id = :participant");
    }
    if (query.state() != null) {
      conditions.add("d.state = :state");
    }
    if (query.channel() != null) {
      conditions.add("d.channel = :channel");
    }
    if (query.kind() != null) {
      conditions.add("d.kind = :kind");
    }
    return String.join(" and ", conditions);
  }

  private static MapSqlParameterSource filters(DeliveryQuery query) {
    return new MapSqlParameterSource()
        .addValue("edition", query.editionId())
        .addValue("participant", query.participantId())
        .addValue("state", query.state())
        .addValue("channel", query.channel())
        .addValue("kind", query.kind());
  }

  private static Delivery delivery(ResultSet rs, int row) throws SQLException {
    return new Delivery(
        rs.getObject("id", UUID.class),
        rs.getObject("notification_id", UUID.class),
        rs.getObject("participant_id", UUID.class),
        rs.getString("edition_id"),
        rs.getString("kind"),
        Coded.ofCode(Channel.class, rs.getString("channel")).orElseThrow(),
        rs.getString("target"),
        Coded.ofCode(DeliveryState.class, rs.getString("state")).orElseThrow(),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        instant(rs, "created_at"),
        instant(rs, "next_attempt_at"),
        instant(rs, "sent_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
