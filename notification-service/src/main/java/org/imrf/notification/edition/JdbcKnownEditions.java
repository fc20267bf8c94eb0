package org.imrf.notification.edition;

import java.util.Optional;
import org.imrf.backbone.language.MultilingualText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Known editions in notification-service's database. */
@Repository
class JdbcKnownEditions implements KnownEditions {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  JdbcKnownEditions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void save(KnownEdition edition) {
    jdbc.sql(
            """
            insert into known_edition (id, titles, time_zone)
            values (:id, cast(:titles as jsonb), :timeZone)
            on conflict (id) do update set titles = excluded.titles,
              time_zone = coalesce(excluded.time_zone, known_edition.time_zone)
            """)
        .param("id", edition.id())
        .param("titles", JSON.writeValueAsString(edition.titles()))
        .param("timeZone", edition.timeZone())
        .update();
  }

  @Override
  public Optional<KnownEdition> find(String id) {
    return jdbc.sql("select id, titles, time_zone from known_edition where id = :id")
        .param("id", id)
        .query(
            (rs, row) ->
                new KnownEdition(
                    rs.getString("id"),
                    JSON.readValue(rs.getString("titles"), MultilingualText.class),
                    rs.getString("time_zone")))
        .optional();
  }
}
