package org.imrf.registration.hearing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcHearingSessions implements HearingSessions {

  private static final String SELECT =
      "select id, edition_id, titles, themes, starts_at, speaking_time_seconds, demo, version"
          + " from hearing_session";

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcHearingSessions(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  private static String json(MultilingualText text) {
    return StoredTexts.write(text);
  }

  @Override
  public void add(HearingSession session, String actor) {
    jdbc.sql(
            """
            insert into hearing_session (id, edition_id, titles, themes, starts_at,
              speaking_time_seconds, demo, created_by, created_at, version)
            values (:id, :edition, cast(:titles as jsonb), cast(:themes as jsonb), :startsAt, :speakingTime, :demo, :actor, :now,
              :version)
            """)
        .param("id", session.id())
        .param("edition", session.editionId())
        .param("titles", json(session.titles()))
        .param("themes", json(session.themes()))
        .param("startsAt", Timestamp.from(session.startsAt()))
        .param("speakingTime", (int) session.speakingTime().toSeconds())
        .param("demo", session.demo())
        .param("actor", actor)
        .param("now", Timestamp.from(Instant.now(clock)))
        .param("version", session.version())
        .update();
  }

  @Override
  public Optional<HearingSession> find(String editionId, UUID id) {
    return jdbc.sql(SELECT + " where id = :id and edition_id = :edition")
        .param("id", id)
        .param("edition", editionId)
        .query(JdbcHearingSessions::session)
        .optional();
  }

  @Override
  public Optional<HearingSession> findForChange(String editionId, UUID id) {
    return jdbc.sql(SELECT + " where id = :id and edition_id = :edition for update")
        .param("id", id)
        .param("edition", editionId)
        .query(JdbcHearingSessions::session)
        .optional();
  }

  @Override
  public List<HearingSession> ofEdition(String editionId) {
    return jdbc.sql(SELECT + " where edition_id = :edition order by starts_at, titles ->> 'en', id")
        .param("edition", editionId)
        .query(JdbcHearingSessions::session)
        .list();
  }

  @Override
  public void update(HearingSession session, String actor, Instant at) {
    int updated =
        jdbc.sql(
                """
                update hearing_session set titles = cast(:titles as jsonb),
                  themes = cast(:themes as jsonb), starts_at = :startsAt,
                  speaking_time_seconds = :speakingTime, version = :version,
                  changed_by = :actor, changed_at = :at
                where id = :id and version = :version - 1
                """)
            .param("id", session.id())
            .param("actor", actor)
            .param("at", Timestamp.from(at))
            .param("titles", json(session.titles()))
            .param("themes", json(session.themes()))
            .param("startsAt", Timestamp.from(session.startsAt()))
            .param("speakingTime", (int) session.speakingTime().toSeconds())
            .param("version", session.version())
            .update();
    if (updated != 1) {
      // read with findForChange, the row is locked: only a caller's mistake gets here
      throw new IllegalStateException("Hearing session " + session.id() + " changed meanwhile");
    }
  }

  @Override
  public void runningOrderSet(UUID id, String actor, Instant at) {
    jdbc.sql(
            "update hearing_session set running_order_set_by = :actor, running_order_set_at = :at"
                + " where id = :id")
        .param("id", id)
        .param("actor", actor)
        .param("at", Timestamp.from(at))
        .update();
  }

  static HearingSession session(ResultSet rs, int row) throws SQLException {
    return new HearingSession(
        rs.getObject("id", UUID.class),
        rs.getString("edition_id"),
        StoredTexts.read(rs.getString("titles")),
        StoredTexts.read(rs.getString("themes")),
        rs.getTimestamp("starts_at").toInstant(),
        Duration.ofSeconds(rs.getInt("speaking_time_seconds")),
        rs.getBoolean("demo"),
        rs.getInt("version"));
  }
}
