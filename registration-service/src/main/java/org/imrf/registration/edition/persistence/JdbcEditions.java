package org.imrf.registration.edition.persistence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.imrf.registration.edition.Edition;
import org.imrf.registration.edition.Editions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcEditions implements Editions {

  private final JdbcClient jdbc;

  JdbcEditions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Edition> find(String id) {
    return jdbc.sql("select id, title, ends_on, time_zone from edition where id = :id")
        .param("id", id)
        .query(
            (rs, row) ->
                new Edition(
                    rs.getString("id"),
                    rs.getString("title"),
                    Optional.ofNullable(rs.getObject("ends_on", LocalDate.class)),
                    ZoneId.of(rs.getString("time_zone"))))
        .optional();
  }
}
