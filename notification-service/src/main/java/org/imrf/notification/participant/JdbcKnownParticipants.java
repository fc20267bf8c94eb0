package org.imrf.notification.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Known participants in notification-service's database. */
@Repository
class JdbcKnownParticipants implements KnownParticipants {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  JdbcKnownParticipants(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void save(KnownParticipant participant) {
    jdbc.sql(
            """
            insert into known_participant
              (id, name, email, language, edition_id, edition_titles, attendance, accreditation,
               time_zone, cancelled_at)
            values
              (:id, :name, :email, :language, :editionId, cast(:edition as jsonb), :attendance,
               :accreditation, :timeZone, :cancelledAt)
            on conflict (id) do update set name = excluded.name, email = excluded.email,
              language = excluded.language, edition_id = excluded.edition_id,
              edition_titles = excluded.edition_titles, attendance = excluded.attendance,
              accreditation = excluded.accreditation, time_zone = excluded.time_zone,
              cancelled_at = excluded.cancelled_at
            """)
        .param("id", participant.id())
        .param("name", participant.name())
        .param("email", participant.email())
        .param("language", participant.language())
        .param("editionId", participant.editionId())
        .param("edition", JSON.writeValueAsString(participant.editionTitles()))
        .param("timeZone", participant.timeZone())
        .param("attendance", participant.attendance())
        .param("accreditation", participant.accreditation())
        .param(
            "cancelledAt",
            participant.cancelledAt() == null ? null : Timestamp.from(participant.cancelledAt()))
        .update();
  }

  @Override
  public Optional<KnownParticipant> find(UUID id) {
    return jdbc.sql("select * from known_participant where id = :id")
        .param("id", id)
        .query(JdbcKnownParticipants::participant)
        .optional();
  }

  @Override
  public List<KnownParticipant> ofEdition(String editionId) {
    return jdbc.sql(
            """
            select * from known_participant
            where edition_id = :edition and cancelled_at is null order by id
            """)
        .param("edition", editionId)
        .query(JdbcKnownParticipants::participant)
        .list();
  }

  private static KnownParticipant participant(ResultSet rs, int row) throws SQLException {
    return new KnownParticipant(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("email"),
        rs.getString("language"),
        rs.getString("edition_id"),
        JSON.readValue(rs.getString("edition_titles"), MultilingualText.class),
        rs.getString("attendance"),
        rs.getString("accreditation"),
        rs.getString("time_zone"),
        rs.getTimestamp("cancelled_at") == null
            ? null
            : rs.getTimestamp("cancelled_at").toInstant());
  }

  @Override
  public void forget(UUID id) {
    jdbc.sql("delete from known_participant where id = :id").param("id", id).update();
  }
}
