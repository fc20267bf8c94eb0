package org.imrf.notification.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imrf.notification.notification.Notification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inbox entries in notification-service's database, each with its notification. */
@Repository
class JdbcInboxEntries implements InboxEntries {

  private static final String COLUMNS =
      "e.seq, e.read_at, n.id, n.participant_id, n.source_event_id, n.kind, n.channel,"
          + " n.recipient, n.language, n.subject, n.body, n.created_at";
  private static final String FROM =
      " from inbox_entry e join notification n on n.id = e.notification_id";

  /** The class of the advisory locks that serialise additions to one participant's inbox. */
  private static final int LOCK_CLASS = 0x1b0c5;

  private final JdbcClient jdbc;

  JdbcInboxEntries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<InboxEntry> page(UUID participantId, boolean unreadOnly, int offset, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + FROM
                + " where e.participant_id = :participant"
                + (unreadOnly ? " and e.read_at is null" : "")
                + " order by e.seq desc limit :limit offset :offset")
        .param("participant", participantId)
        .param("limit", limit)
        .param("offset", offset)
        .query(JdbcInboxEntries::entry)
        .list();
  }

  @Override
  public long count(UUID participantId, boolean unreadOnly) {
    return jdbc.sql(
            "select count(*) from inbox_entry where participant_id = :participant"
                + (unreadOnly ? " and read_at is null" : ""))
        .param("participant", participantId)
        .query(Long.class)
        .single();
  }

  @Override
  public List<InboxEntry> after(UUID participantId, long seq, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + FROM
                + " where e.participant_id = :participant and e.seq > :seq"
                + " order by e.seq limit :limit")
        .param("participant", participantId)
        .param("seq", seq)
        .param("limit", limit)
        .query(JdbcInboxEntries::entry)
        .list();
  }

  @Override
  public long latestSeq(UUID participantId) {
    return jdbc.sql(
            "select coalesce(max(seq), 0) from inbox_entry where participant_id = :participant")
        .param("participant", participantId)
        .query(Long.class)
        .single();
  }

  @Override
  public Optional<UUID> ownerOf(UUID notificationId) {
    return jdbc.sql("select participant_id from inbox_entry where notification_id = :id")
        .param("id", notificationId)
        .query(UUID.class)
        .optional();
  }

  @Override
  public long horizon() {
    return Long.parseLong(
        jdbc.sql("select cast(pg_snapshot_xmin(pg_current_snapshot()) as text)")
            .query(String.class)
            .single());
  }

  @Override
  public InboxChanges changes(long from, Collection<UUID> participantIds) {
    List<InboxEntry> added = new ArrayList<>();
    List<InboxEntry> readChanged = new ArrayList<>();
    long[] upto = {from};
    // one statement, one snapshot: the horizon and the rows are read together
    jdbc.sql(
            """
            with horizon as (select pg_snapshot_xmin(pg_current_snapshot()) as upto)
            select cast(h.upto as text) as upto, c.*
            from horizon h
            left join (
                select %s, cast(e.tx as text) as tx_from, cast(e.read_tx as text) as read_tx_from,
                       e.tx, e.read_tx%s
                where e.participant_id in (:participants)
            ) c on c.tx >= cast(cast(:from as text) as xid8)
                or (c.read_tx >= cast(cast(:from as text) as xid8) and c.read_tx < h.upto)
            order by c.seq
            """
                .formatted(COLUMNS, FROM))
        .param("from", from)
        .param("participants", participantIds)
        .query(
            (ResultSet rs) -> {
              upto[0] = Long.parseLong(rs.getString("upto"));
              if (rs.getObject("seq") == null) {
                return;
              }
              InboxEntry entry = entry(rs, 0);
              if (Long.parseLong(rs.getString("tx_from")) >= from) {
                added.add(entry);
              }
              String readTx = rs.getString("read_tx_from");
              if (readTx != null
                  && Long.parseLong(readTx) >= from
                  && Long.parseLong(readTx) < upto[0]) {
                readChanged.add(entry);
              }
            });
    return new InboxChanges(added, readChanged, upto[0]);
  }

  @Override
  public boolean add(UUID notificationId, UUID participantId) {
    // one participant's entries commit in the order of their seq: a stream that has seen one has
    // seen every earlier one, so that Last-Event-ID is enough to resume
    jdbc.sql("select pg_advisory_xact_lock(:lockClass, hashtext(cast(:participant as text)))")
        .param("lockClass", LOCK_CLASS)
        .param("participant", participantId)
        .query((ResultSet rs) -> {});
    return jdbc.sql(
                """
                insert into inbox_entry (notification_id, participant_id)
                values (:notification, :participant)
                on conflict (notification_id) do nothing
                """)
            .param("notification", notificationId)
            .param("participant", participantId)
            .update()
        == 1;
  }

  @Override
  public Set<UUID> addAll(List<Notification> notifications) {
    if (notifications.isEmpty()) {
      return Set.of();
    }
    UUID[] ids = notifications.stream().map(Notification::id).toArray(UUID[]::new);
    UUID[] participants =
        notifications.stream().map(Notification::participantId).toArray(UUID[]::new);
    // every participant's lock, always in the same order: two batches never wait on each other
    // in a cycle (volatile functions are evaluated after the sort)
    jdbc.sql(
            """
            select pg_advisory_xact_lock(:lockClass, h)
            from (select distinct hashtext(cast(p as text)) as h
                  from unnest(cast(:participants as uuid[])) as p) as locks
            order by h
            """)
        .param("lockClass", LOCK_CLASS)
        .param("participants", participants)
        .query((ResultSet rs) -> {});
    Set<UUID> added = new HashSet<>();
    jdbc.sql(
            """
            insert into inbox_entry (notification_id, participant_id)
            select n, p from unnest(cast(:ids as uuid[]), cast(:participants as uuid[]))
              as given (n, p)
            on conflict (notification_id) do nothing
            returning participant_id
            """)
        .param("ids", ids)
        .param("participants", participants)
        .query((rs, row) -> added.add(rs.getObject(1, UUID.class)))
        .list();
    return added;
  }

  @Override
  public boolean markRead(UUID notificationId, boolean read, Instant at) {
    return jdbc.sql(
                """
                update inbox_entry
                set read_at = :readAt, read_tx = pg_current_xact_id()
                where notification_id = :notification and (read_at is null) = :read
                """)
            .param("readAt", read ? Timestamp.from(at) : null, java.sql.Types.TIMESTAMP)
            .param("notification", notificationId)
            .param("read", read)
            .update()
        == 1;
  }

  @Override
  public List<UUID> markAllRead(UUID participantId, Instant at) {
    return jdbc.sql(
            """
            update inbox_entry
            set read_at = :readAt, read_tx = pg_current_xact_id()
            where participant_id = :participant and read_at is null
            returning notification_id
            """)
        .param("readAt", Timestamp.from(at))
        .param("participant", participantId)
        .query(UUID.class)
        .list();
  }

  private static InboxEntry entry(ResultSet rs, int row) throws SQLException {
    Timestamp readAt = rs.getTimestamp("read_at");
    return new InboxEntry(
        rs.getLong("seq"),
        new Notification(
            rs.getObject("id", UUID.class),
            rs.getObject("participant_id", UUID.class),
            rs.getObject("source_event_id", UUID.class),
            rs.getString("kind"),
            rs.getString("channel"),
            rs.getString("recipient"),
            rs.getString("language"),
            rs.getString("subject"),
            rs.getString("body"),
            rs.getTimestamp("created_at").toInstant()),
        readAt == null ? null : readAt.toInstant());
  }
}
