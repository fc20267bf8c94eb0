package org.imrf.notification.participant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Audiences read from this service's copy of the participants. */
@Repository
class JdbcParticipantAudiences implements ParticipantAudiences {

  private final JdbcClient jdbc;

  JdbcParticipantAudiences(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Recipient> chunk(Audience audience, UUID after, int limit) {
    JdbcClient.StatementSpec query =
        jdbc.sql(
                "select id, name, email, language from known_participant where "
                    + conditions(audience)
                    + (after == null ? "" : " and id > :after")
                    + " order by id limit :limit")
            .param("limit", limit);
    if (after != null) {
      query = query.param("after", after);
    }
    return parameters(query, audience)
        .query(
            (rs, row) ->
                new Recipient(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("email"),
                    rs.getString("language")))
        .list();
  }

  @Override
  public Map<String, Long> countByLanguage(Audience audience) {
    Map<String, Long> counts = new LinkedHashMap<>();
    parameters(
            jdbc.sql(
                "select language, count(*) as recipients from known_participant where "
                    + conditions(audience)
                    + " group by language order by language"),
            audience)
        .query(
            rs -> {
              counts.put(rs.getString("language"), rs.getLong("recipients"));
            });
    return counts;
  }

  /** Registered for the edition, not cancelled, and in each set given. */
  private static String conditions(Audience audience) {
    StringBuilder where = new StringBuilder("edition_id = :edition and cancelled_at is null");
    in(where, "category", "categories", audience.categories());
    in(where, "language", "languages", audience.languages());
    in(where, "attendance", "attendances", audience.attendances());
    in(where, "country", "countries", audience.countries());
    return where.toString();
  }

  private static void in(StringBuilder where, String column, String parameter, Set<String> values) {
    if (!values.isEmpty()) {
      where.append(" and ").append(column).append(" in (:").append(parameter).append(")");
    }
  }

  private static JdbcClient.StatementSpec parameters(
      JdbcClient.StatementSpec query, Audience audience) {
    JdbcClient.StatementSpec spec = query.param("edition", audience.editionId());
    spec = given(spec, "categories", audience.categories());
    spec = given(spec, "languages", audience.languages());
    spec = given(spec, "attendances", audience.attendances());
    return given(spec, "countries", audience.countries());
  }

  private static JdbcClient.StatementSpec given(
      JdbcClient.StatementSpec spec, String parameter, Set<String> values) {
    return values.isEmpty() ? spec : spec.param(parameter, List.copyOf(values));
  }
}
