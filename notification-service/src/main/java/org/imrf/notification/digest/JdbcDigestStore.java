package org.imrf.notification.digest;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Digests' schedule and record in notification-service's database. */
@Repository
class JdbcDigestStore implements DigestStore {

  /** What the delivery queue writes on an email it holds for the digest. */
  static final String HELD_FOR_THE_DIGEST = "held for the daily digest";

  private final JdbcClient jdbc;

  JdbcDigestStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void schedule(UUID participantId, int hour, Instant nextAt) {
    jdbc.sql(
            """
            insert into digest_schedule (participant_id, digest_hour, next_at)
            values (:participant, :hour, :next)
            on conflict (participant_id)
            do update set digest_hour = excluded.digest_hour, next_at = excluded.next_at
            """)
        .param("participant", participantId)
        .param("hour", hour)
        .param("next", Timestamp.from(nextAt))
        .update();
  }

  @Override
  public boolean unschedule(UUID participantId) {
    return jdbc.sql("delete from digest_schedule where participant_id = :participant")
            .param("participant", participantId)
            .update()
        > 0;
  }

  @Override
  public Optional<Due> claimDue(Instant now) {
    return jdbc.sql(
            """
            select participant_id, digest_hour from digest_schedule
            where next_at <= :now order by next_at limit 1
            for update skip locked
            """)
        .param("now", Timestamp.from(now))
        .query(
            (rs, row) ->
                new Due(rs.getObject("participant_id", UUID.class), rs.getInt("digest_hour")))
        .optional();
  }

  @Override
  public void reschedule(UUID participantId, Instant nextAt) {
    jdbc.sql("update digest_schedule set next_at = :next where participant_id = :participant")
        .param("participant", participantId)
        .param("next", Timestamp.from(nextAt))
        .update();
  }

  @Override
  public Optional<Instant> coveredUntil(UUID participantId) {
    return jdbc.sql(
            "select max(covered_until) from digest_sent where participant_id = :participant")
        .param("participant", participantId)
        .query((rs, row) -> rs.getTimestamp(1))
        .optional()
        .map(Timestamp::toInstant);
  }

  @Override
  public boolean markDone(UUID participantId, LocalDate day, Instant until, int notifications) {
    return jdbc.sql(
                """
                insert into digest_sent (participant_id, day, covered_until, notifications)
                values (:participant, :day, :until, :notifications)
                on conflict (participant_id, day) do nothing
                """)
            .param("participant", participantId)
            .param("day", Date.valueOf(day))
            .param("until", Timestamp.from(until))
            .param("notifications", notifications)
            .update()
        == 1;
  }

  @Override
  public void markCovered(UUID participantId, LocalDate day, Instant until, int notifications) {
    jdbc.sql(
            """
            insert into digest_sent (participant_id, day, covered_until, notifications)
            values (:participant, :day, :until, :notifications)
            on conflict (participant_id, day) do update
              set covered_until = greatest(digest_sent.covered_until, excluded.covered_until),
                  notifications = digest_sent.notifications + excluded.notifications
            """)
        .param("participant", participantId)
        .param("day", Date.valueOf(day))
        .param("until", Timestamp.from(until))
        .param("notifications", notifications)
        .update();
  }

  @Override
  public List<Held> heldEmails(UUID participantId, Instant since, Instant until) {
    return jdbc.sql(
            """
            select n.id, n.kind, n.subject, n.created_at from notification n
            where n.participant_id = :participant
              and n.created_at >= :since and n.created_at < :until
              and n.kind <> 'daily-digest'
              and exists (
                select 1 from delivery d
                where d.notification_id = n.id and d.channel = 'email'
                  and d.last_error = :held)
            order by n.created_at, n.id
            """)
        .param("participant", participantId)
        .param("since", Timestamp.from(since))
        .param("until", Timestamp.from(until))
        .param("held", HELD_FOR_THE_DIGEST)
        .query(JdbcDigestStore::held)
        .list();
  }

  @Override
  public List<Held> held(UUID participantId, Instant since, Instant until) {
    // an email the delivery queue sent, or suppressed for another reason, is not the digest's
    return jdbc.sql(
            """
            select n.id, n.kind, n.subject, n.created_at from notification n
            where n.participant_id = :participant
              and n.created_at >= :since and n.created_at < :until
              and n.kind <> 'daily-digest'
              and not exists (
                select 1 from delivery d
                where d.notification_id = n.id and d.channel = 'email'
                  and d.last_error is distinct from :held)
            order by n.created_at, n.id
            """)
        .param("participant", participantId)
        .param("since", Timestamp.from(since))
        .param("until", Timestamp.from(until))
        .param("held", HELD_FOR_THE_DIGEST)
        .query(JdbcDigestStore::held)
        .list();
  }

  private static Held held(ResultSet rs, int row) throws SQLException {
    return new Held(
        rs.getObject("id", UUID.class),
        rs.getString("kind"),
        rs.getString("subject"),
        rs.getTimestamp("created_at").toInstant());
  }

  @Override
  public void forget(UUID participantId) {
    jdbc.sql("delete from digest_schedule where participant_id = :participant")
        .param("participant", participantId)
        .update();
    jdbc.sql("delete from digest_sent where participant_id = :participant")
        .param("participant", participantId)
        .update();
  }
}
