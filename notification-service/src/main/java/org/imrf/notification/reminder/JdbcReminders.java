package org.imrf.notification.reminder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reminders and programme copies in notification-service's database. */
@Repository
class JdbcReminders implements ReminderStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String COLUMNS =
      "id, participant_id, item, item_kind, lead_seconds, edition_id, titles, venue_zone,"
          + " starts_at, ends_at";

  // a reminder moved to a new time is due again, unless it was sent and its new due time has
  // passed too: none is sent for the old time, none twice for the new
  private static final String MOVED_STATE =
      """
      case when state = 'sent' and (starts_at = :startsAt or cast(:startsAt as timestamptz)
      - make_interval(secs => lead_seconds) <= :now) then 'sent' else 'pending' end""";

  private final JdbcClient jdbc;

  JdbcReminders(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void plan(UUID participantId, Item item, Duration lead, Instant now) {
    int moved =
        jdbc.sql(
                """
                update reminder set state = %s, titles = cast(:titles as jsonb),
                  venue_zone = :venueZone, starts_at = :startsAt, ends_at = :endsAt,
                  due_at = cast(:startsAt as timestamptz) - make_interval(secs => lead_seconds)
                where participant_id = :participant and item = :item and lead_seconds = :lead
                """
                    .formatted(MOVED_STATE))
            .params(itemParams(item))
            .param("now", Timestamp.from(now))
            .param("participant", participantId)
            .param("lead", lead.toSeconds())
            .update();
    Instant due = item.startsAt().minus(lead);
    if (moved == 0 && due.isAfter(now)) {
      jdbc.sql(
              """
              insert into reminder (id, participant_id, item, item_kind, lead_seconds, edition_id,
                titles, venue_zone, starts_at, ends_at, due_at, state)
              values (:id, :participant, :item, :kind, :lead, :edition, cast(:titles as jsonb),
                :venueZone, :startsAt, :endsAt, :due, 'pending')
              on conflict (participant_id, item, lead_seconds) do nothing
              """)
          .params(itemParams(item))
          .param("id", UUID.randomUUID())
          .param("participant", participantId)
          .param("kind", item.kind())
          .param("lead", lead.toSeconds())
          .param("edition", item.editionId())
          .param("due", Timestamp.from(due))
          .update();
    }
  }

  @Override
  public void planForEach(List<UUID> participantIds, Item item, Duration lead, Instant now) {
    Instant due = item.startsAt().minus(lead);
    if (participantIds.isEmpty() || !due.isAfter(now)) {
      return;
    }
    // one statement for an edition's every participant: a segment added reaches thousands
    jdbc.sql(
            """
            insert into reminder (id, participant_id, item, item_kind, lead_seconds, edition_id,
              titles, venue_zone, starts_at, ends_at, due_at, state)
            select gen_random_uuid(), participant, :item, :kind, :lead, :edition,
              cast(:titles as jsonb), :venueZone, :startsAt, :endsAt, :due, 'pending'
            from unnest(cast(:participants as uuid[])) as participant
            on conflict (participant_id, item, lead_seconds) do update
              set state = 'pending', titles = excluded.titles, venue_zone = excluded.venue_zone,
                starts_at = excluded.starts_at, ends_at = excluded.ends_at, due_at = excluded.due_at
              where reminder.state = 'cancelled'
            """)
        .params(itemParams(item))
        .param("participants", participantIds.toArray(UUID[]::new))
        .param("kind", item.kind())
        .param("lead", lead.toSeconds())
        .param("edition", item.editionId())
        .param("due", Timestamp.from(due))
        .update();
  }

  @Override
  public void move(Item item, Instant now) {
    jdbc.sql(
            """
            update reminder set state = %s, titles = cast(:titles as jsonb),
              venue_zone = :venueZone, starts_at = :startsAt, ends_at = :endsAt,
              due_at = cast(:startsAt as timestamptz) - make_interval(secs => lead_seconds)
            where item = :item and state in ('pending', 'sent', 'missed', 'superseded')
            """
                .formatted(MOVED_STATE))
        .params(itemParams(item))
        .param("now", Timestamp.from(now))
        .update();
  }

  @Override
  public void cancel(String itemKey) {
    jdbc.sql("update reminder set state = 'cancelled' where item = :item and state = 'pending'")
        .param("item", itemKey)
        .update();
  }

  @Override
  public void cancel(UUID participantId, String itemKey) {
    jdbc.sql(
            """
            update reminder set state = 'cancelled'
            where participant_id = :participant and item = :item and state = 'pending'
            """)
        .param("participant", participantId)
        .param("item", itemKey)
        .update();
  }

  @Override
  public void cancelAllBut(String itemKey, List<UUID> participantIds) {
    jdbc.sql(
            """
            update reminder set state = 'cancelled'
            where item = :item and state = 'pending'
              and participant_id <> all(cast(:participants as uuid[]))
            """)
        .param("item", itemKey)
        .param("participants", participantIds.toArray(UUID[]::new))
        .update();
  }

  @Override
  public List<Item> segments(String editionId) {
    return jdbc.sql(
            """
            select item, edition_id, titles, venue_zone, starts_at, ends_at
            from programme_segment where edition_id = :edition order by starts_at, item
            """)
        .param("edition", editionId)
        .query(
            (rs, row) ->
                new Item(
                    rs.getString("item"),
                    Item.SEGMENT,
                    rs.getString("edition_id"),
                    titles(rs),
                    rs.getString("venue_zone"),
                    rs.getTimestamp("starts_at").toInstant(),
                    rs.getTimestamp("ends_at").toInstant()))
        .list();
  }

  @Override
  public void replaceSegments(String editionId, List<Item> segments) {
    jdbc.sql("delete from programme_segment where edition_id = :edition")
        .param("edition", editionId)
        .update();
    for (Item segment : segments) {
      jdbc.sql(
              """
              insert into programme_segment
                (edition_id, item, titles, venue_zone, starts_at, ends_at)
              values (:edition, :item, cast(:titles as jsonb), :venueZone, :startsAt, :endsAt)
              """)
          .params(itemParams(segment))
          .param("edition", editionId)
          .update();
    }
  }

  @Override
  public Optional<Reminder> claimDue(Instant now) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + """
                 from reminder where state = 'pending' and due_at <= :now
                order by due_at limit 1
                for update skip locked
                """)
        .param("now", Timestamp.from(now))
        .query(JdbcReminders::reminder)
        .optional();
  }

  @Override
  public boolean shorterLeadDue(Reminder reminder, Instant now) {
    return jdbc.sql(
            """
            select exists (select 1 from reminder
              where participant_id = :participant and item = :item and lead_seconds < :lead
                and due_at <= :now and state in ('pending', 'sent'))
            """)
        .param("participant", reminder.participantId())
        .param("item", reminder.item().key())
        .param("lead", reminder.lead().toSeconds())
        .param("now", Timestamp.from(now))
        .query(Boolean.class)
        .single();
  }

  @Override
  public void settle(UUID id, String state, Instant at, String error) {
    jdbc.sql(
            """
            update reminder set state = :state, last_error = :error,
              sent_at = case when :state = 'sent' then :at else sent_at end
            where id = :id
            """)
        .param("id", id)
        .param("state", state)
        .param("error", error)
        .param("at", Timestamp.from(at))
        .update();
  }

  @Override
  public void forget(UUID participantId) {
    jdbc.sql("delete from reminder where participant_id = :participant")
        .param("participant", participantId)
        .update();
  }

  private static Map<String, Object> itemParams(Item item) {
    Map<String, Object> params = new HashMap<>();
    params.put("item", item.key());
    params.put("titles", JSON.writeValueAsString(item.titles()));
    params.put("venueZone", item.venueZone());
    params.put("startsAt", Timestamp.from(item.startsAt()));
    params.put("endsAt", item.endsAt() == null ? null : Timestamp.from(item.endsAt()));
    return params;
  }

  private static MultilingualText titles(ResultSet rs) throws SQLException {
    return JSON.readValue(rs.getString("titles"), MultilingualText.class);
  }

  private static Reminder reminder(ResultSet rs, int row) throws SQLException {
    Timestamp endsAt = rs.getTimestamp("ends_at");
    return new Reminder(
        rs.getObject("id", UUID.class),
        rs.getObject("participant_id", UUID.class),
        new Item(
            rs.getString("item"),
            rs.getString("item_kind"),
            rs.getString("edition_id"),
            titles(rs),
            rs.getString("venue_zone"),
            rs.getTimestamp("starts_at").toInstant(),
            endsAt == null ? null : endsAt.toInstant()),
        Duration.ofSeconds(rs.getLong("lead_seconds")));
  }
}
