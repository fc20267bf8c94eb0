package org.imrf.notification.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** Every column, and the language to write in: the one the participant chose, else theirs. */
  private static final String COLUMNS =
      "*, coalesce(chosen_language, language) as written_language";

  private final JdbcClient jdbc;

  JdbcKnownParticipants(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void save(KnownParticipant participant) {
    jdbc.sql(
            """
            insert into known_participant
              (id, name, email, organisation, country, category, language, edition_id, edition_titles, attendance, accreditation,
               time_zone, cancelled_at)
            values
              (:id, :name, :email, :organisation, :country, :category, :language, :editionId, cast(:edition as jsonb), :attendance,
               :accreditation, :timeZone, :cancelledAt)
            on conflict (id) do update set name = excluded.name, email = excluded.email,
              organisation = excluded.organisation, country = excluded.country,
              category = excluded.category,
              -- the language read back is the chosen one: saving it unchanged keeps the registration's
              language = case
                when excluded.language = coalesce(known_participant.chosen_language,
                                                  known_participant.language)
                then known_participant.language else excluded.language end,
              edition_id = excluded.edition_id,
              edition_titles = excluded.edition_titles, attendance = excluded.attendance,
              accreditation = excluded.accreditation, time_zone = excluded.time_zone,
              cancelled_at = excluded.cancelled_at
            """)
        .param("id", participant.id())
        .param("name", participant.name())
        .param("email", participant.email())
        .param("organisation", participant.organisation())
        .param("country", participant.country())
        .param("category", participant.category())
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
    return jdbc.sql("select " + COLUMNS + " from known_participant where id = :id")
        .param("id", id)
        .query(JdbcKnownParticipants::participant)
        .optional();
  }

  @Override
  public Map<UUID, String> organisations(Collection<UUID> ids) {
    Map<UUID, String> organisations = new HashMap<>();
    if (ids.isEmpty()) {
      return organisations;
    }
    jdbc.sql(
            "select id, organisation from known_participant"
                + " where id = any(:ids) and organisation is not null")
        .param("ids", ids.toArray(UUID[]::new))
        .query(
            (rs, row) ->
                organisations.put(rs.getObject("id", UUID.class), rs.getString("organisation")))
        .list();
    return organisations;
  }

  @Override
  public List<KnownParticipant> ofEdition(String editionId) {
    return jdbc.sql(
            """
            select %s from known_participant
            where edition_id = :edition and cancelled_at is null order by id
            """
                .formatted(COLUMNS))
        .param("edition", editionId)
        .query(JdbcKnownParticipants::participant)
        .list();
  }

  private static KnownParticipant participant(ResultSet rs, int row) throws SQLException {
    return new KnownParticipant(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("email"),
        rs.getString("organisation"),
        rs.getString("country"),
        rs.getString("category"),
        rs.getString("written_language"),
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
  public boolean chooseLanguage(UUID id, String language) {
    return jdbc.sql("update known_participant set chosen_language = :language where id = :id")
            .param("id", id)
            .param("language", language)
            .update()
        == 1;
  }

  @Override
  public void forget(UUID id) {
    jdbc.sql("delete from known_participant where id = :id").param("id", id).update();
  }
}
