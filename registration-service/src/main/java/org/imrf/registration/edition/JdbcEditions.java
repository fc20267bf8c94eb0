package org.imrf.registration.edition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrf.backbone.domain.Coded;
import org.imrf.backbone.language.MultilingualText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

@Repository
class JdbcEditions implements EditionStore {

  private static final String SELECT =
      "select id, titles, starts_on, ends_on, venue, time_zone, registration_opens_at,"
          + " registration_closes_at, demo, version from edition";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  JdbcEditions(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public Optional<Edition> find(String id) {
    return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::edition).optional();
  }

  @Override
  public List<Edition> all() {
    return jdbc.sql(SELECT + " order by id desc").query(this::edition).list();
  }

  @Override
  public void add(Edition edition) {
    try {
      jdbc.sql(
              """
              insert into edition (id, titles, starts_on, ends_on, venue, time_zone,
                registration_opens_at, registration_closes_at, demo, version)
              values (:id, cast(:titles as jsonb), :startsOn, :endsOn, :venue, :timeZone, :opensAt, :closesAt,
                :demo, :version)
              """)
          .params(columns(edition))
          .update();
    } catch (DuplicateKeyException e) {
      throw new EditionExists(edition.id());
    }
    insertProgramme(edition);
  }

  @Override
  public void update(Edition edition) {
    int updated =
        jdbc.sql(
                """
                update edition set titles = cast(:titles as jsonb), starts_on = :startsOn, ends_on = :endsOn,
                  venue = :venue, time_zone = :timeZone, registration_opens_at = :opensAt,
                  registration_closes_at = :closesAt, demo = :demo, version = :version
                where id = :id and version = :version - 1
                """)
            .params(columns(edition))
            .update();
    if (updated == 0) {
      throw new EditionChangedMeanwhile(edition.id());
    }
    jdbc.sql("delete from programme_segment where edition_id = :id")
        .param("id", edition.id())
        .update();
    insertProgramme(edition);
  }

  private void insertProgramme(Edition edition) {
    List<Segment> programme = edition.programme();
    for (int position = 0; position < programme.size(); position++) {
      Segment segment = programme.get(position);
      jdbc.sql(
              """
              insert into programme_segment (edition_id, position, kind, titles, starts_at, ends_at)
              values (:edition, :position, :kind, cast(:titles as jsonb), :startsAt, :endsAt)
              """)
          .param("edition", edition.id())
          .param("position", position)
          .param("kind", segment.kind().code())
          .param("titles", json(segment.titles()))
          .param("startsAt", Timestamp.from(segment.startsAt()))
          .param("endsAt", Timestamp.from(segment.endsAt()))
          .update();
    }
  }

  private Map<String, Object> columns(Edition edition) {
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("id", edition.id());
    columns.put("titles", json(edition.titles()));
    columns.put("startsOn", edition.startsOn().orElse(null));
    columns.put("endsOn", edition.endsOn().orElse(null));
    columns.put("venue", edition.venue().orElse(null));
    columns.put("timeZone", edition.timeZone().getId());
    columns.put("opensAt", edition.registrationOpensAt().map(Timestamp::from).orElse(null));
    columns.put("closesAt", edition.registrationClosesAt().map(Timestamp::from).orElse(null));
    columns.put("demo", edition.demo());
    columns.put("version", edition.version());
    return columns;
  }

  private Edition edition(ResultSet rs, int row) throws SQLException {
    String id = rs.getString("id");
    return new Edition(
        id,
        titles(rs.getString("titles")),
        new Schedule(
            Optional.ofNullable(rs.getObject("starts_on", LocalDate.class)),
            Optional.ofNullable(rs.getObject("ends_on", LocalDate.class)),
            programme(id)),
        Optional.ofNullable(rs.getString("venue")),
        ZoneId.of(rs.getString("time_zone")),
        instant(rs, "registration_opens_at"),
        instant(rs, "registration_closes_at"),
        rs.getBoolean("demo"),
        rs.getInt("version"));
  }

  private List<Segment> programme(String edition) {
    return new ArrayList<>(
        jdbc.sql(
                "select kind, titles, starts_at, ends_at from programme_segment"
                    + " where edition_id = :edition order by position")
            .param("edition", edition)
            .query(
                (rs, row) ->
                    new Segment(
                        Coded.ofCode(SegmentKind.class, rs.getString("kind")).orElseThrow(),
                        titles(rs.getString("titles")),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant()))
            .list());
  }

  private String json(MultilingualText text) {
    return json.writeValueAsString(text);
  }

  private MultilingualText titles(String stored) {
    return json.readValue(stored, MultilingualText.class);
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return Optional.ofNullable(value).map(Timestamp::toInstant);
  }
}
