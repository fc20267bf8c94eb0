package org.imrf.notification.announcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imrf.backbone.domain.Coded;
import org.imrf.backbone.language.MultilingualText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Announcements in notification-service's database. */
@Repository
class JdbcAnnouncements implements AnnouncementRepository {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, List<String>>> FILTERS = new TypeReference<>() {};

  private final JdbcClient jdbc;

  JdbcAnnouncements(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(Announcement announcement) {
    jdbc.sql(
            """
            insert into announcement
              (id, edition_id, subject, body, filters, state, version, created_by, created_at,
               updated_at)
            values
              (:id, :edition, cast(:subject as jsonb), cast(:body as jsonb),
               cast(:filters as jsonb), :state, :version, :createdBy, :createdAt, :updatedAt)
            """)
        .param("id", announcement.id())
        .param("edition", announcement.content().editionId())
        .param("subject", JSON.writeValueAsString(announcement.content().subject()))
        .param("body", JSON.writeValueAsString(announcement.content().body()))
        .param("filters", JSON.writeValueAsString(filters(announcement.content().filters())))
        .param("state", announcement.state().code())
        .param("version", announcement.version())
        .param("createdBy", announcement.createdBy())
        .param("createdAt", Timestamp.from(announcement.createdAt()))
        .param("updatedAt", Timestamp.from(announcement.updatedAt()))
        .update();
  }

  @Override
  public void update(Announcement announcement) {
    jdbc.sql(
            """
            update announcement set edition_id = :edition, subject = cast(:subject as jsonb),
              body = cast(:body as jsonb), filters = cast(:filters as jsonb), state = :state,
              version = :version, updated_at = :updatedAt, sent_by = :sentBy, sent_at = :sentAt,
              recipients = :recipients, progress_at = coalesce(progress_at, :sentAt)
            where id = :id
            """)
        .param("id", announcement.id())
        .param("edition", announcement.content().editionId())
        .param("subject", JSON.writeValueAsString(announcement.content().subject()))
        .param("body", JSON.writeValueAsString(announcement.content().body()))
        .param("filters", JSON.writeValueAsString(filters(announcement.content().filters())))
        .param("state", announcement.state().code())
        .param("version", announcement.version())
        .param("updatedAt", Timestamp.from(announcement.updatedAt()))
        .param("sentBy", announcement.sentBy())
        .param("sentAt", timestamp(announcement.sentAt()))
        .param("recipients", announcement.recipients())
        .update();
  }

  @Override
  public Optional<Announcement> find(UUID id) {
    return jdbc.sql("select * from announcement where id = :id")
        .param("id", id)
        .query(JdbcAnnouncements::announcement)
        .optional();
  }

  @Override
  public Optional<Announcement> lock(UUID id) {
    return jdbc.sql("select * from announcement where id = :id for update")
        .param("id", id)
        .query(JdbcAnnouncements::announcement)
        .optional();
  }

  @Override
  public void progress(UUID id, UUID after, int written, Instant at, boolean finished) {
    jdbc.sql(
            """
            update announcement set written = written + :written,
              after_participant = coalesce(:after, after_participant), progress_at = :at,
              state = case when :finished then 'sent' else state end,
              finished_at = case when :finished then :at else finished_at end
            where id = :id
            """)
        .param("id", id)
        .param("after", after)
        .param("written", written)
        .param("at", Timestamp.from(at))
        .param("finished", finished)
        .update();
  }

  @Override
  public List<UUID> stalledSince(Instant before) {
    return jdbc.sql(
            """
            select id from announcement where state = 'sending' and progress_at < :before
            order by progress_at
            """)
        .param("before", Timestamp.from(before))
        .query(UUID.class)
        .list();
  }

  private static Map<String, List<String>> filters(Content.Filters filters) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    map.put("categories", filters.categories());
    map.put("languages", filters.languages());
    map.put("attendances", filters.attendances());
    map.put("regions", filters.regions());
    return map;
  }

  private static Timestamp timestamp(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }

  private static Announcement announcement(ResultSet rs, int row) throws SQLException {
    Map<String, List<String>> filters = JSON.readValue(rs.getString("filters"), FILTERS);
    Content content =
        new Content(
            rs.getString("edition_id"),
            JSON.readValue(rs.getString("subject"), MultilingualText.class),
            JSON.readValue(rs.getString("body"), MultilingualText.class),
            new Content.Filters(
                filters.get("categories"),
                filters.get("languages"),
                filters.get("attendances"),
                filters.get("regions")));
    Integer recipients = rs.getObject("recipients", Integer.class);
    return new Announcement(
        rs.getObject("id", UUID.class),
        content,
        Coded.ofCode(AnnouncementState.class, rs.getString("state")).orElseThrow(),
        rs.getInt("version"),
        rs.getString("created_by"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        rs.getString("sent_by"),
        instant(rs, "sent_at"),
        recipients,
        new Announcement.Progress(
            rs.getInt("written"),
            rs.getObject("after_participant", UUID.class),
            instant(rs, "progress_at"),
            instant(rs, "finished_at")));
  }
}
