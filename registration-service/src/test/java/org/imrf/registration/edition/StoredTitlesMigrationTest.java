package org.imrf.registration.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.imrf.devservices.PostgresService;
import org.imrf.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;

/** A database that holds English titles as text gets them as the English text of each title. */
class StoredTitlesMigrationTest {

  @Test
  void storedEnglishTitlesAndThemesBecomeTheirEnglishText() throws SQLException {
    // given a database as it was before titles were translated, with an edition, its programme
    // and a hearing session
    PostgresService postgres = TestInfrastructure.get().postgres();
    String database = "registration_titles_" + UUID.randomUUID().toString().substring(0, 8);
    postgres.ensureDatabase(database);
    String url = postgres.jdbcUrl(database);
    migrate(url, "7");
    UUID session = UUID.randomUUID();
    try (Connection connection = connect(postgres, url);
        Statement sql = connection.createStatement()) {
      sql.execute(
          "insert into edition (id, title, time_zone) values"
              + " ('imrf-2031', 'International Migration Review Forum 2031', 'America/New_York')");
      sql.execute(
          "insert into programme_segment (edition_id, position, kind, title, starts_at, ends_at)"
              + " values ('imrf-2031', 0, 'plenary', 'Plenary', '2031-05-16T14:00Z',"
              + " '2031-05-16T22:00Z')");
      sql.execute(
          "insert into hearing_session (id, edition_id, title, theme, starts_at,"
              + " speaking_time_seconds, created_by, created_at) values ('"
              + session
              + "', 'imrf-2031', 'Thematic session 1', 'Detention', '2031-05-15T14:00Z', 180,"
              + " 'organiser', now())");
    }

    // when the service migrates it
    migrate(url, "latest");

    // then each text is the English one of its title (or theme)
    try (Connection connection = connect(postgres, url);
        Statement sql = connection.createStatement()) {
      assertThat(value(sql, "select titles ->> 'en' from edition where id = 'imrf-2031'"))
          .isEqualTo("International Migration Review Forum 2031");
      assertThat(
              value(
                  sql,
                  "select count(*)::text from edition, jsonb_object_keys(titles) where id = 'imrf-2031'"))
          .isEqualTo("1");
      assertThat(value(sql, "select titles ->> 'en' from programme_segment")).isEqualTo("Plenary");
      assertThat(
              value(sql, "select titles ->> 'en' || '/' || (themes ->> 'en') from hearing_session"))
          .isEqualTo("Thematic session 1/Detention");
      assertThat(
              value(
                  sql,
                  "select count(*)::text from information_schema.columns where column_name in"
                      + " ('title', 'theme') and table_name in ('edition', 'programme_segment',"
                      + " 'hearing_session')"))
          .isEqualTo("0");
    }
  }

  private static void migrate(String url, String target) {
    PostgresService postgres = TestInfrastructure.get().postgres();
    Flyway.configure()
        .dataSource(url, postgres.username(), postgres.password())
        .locations("classpath:db/registration")
        .target(target)
        .load()
        .migrate();
  }

  private static Connection connect(PostgresService postgres, String url) throws SQLException {
    return DriverManager.getConnection(url, postgres.username(), postgres.password());
  }

  private static String value(Statement sql, String query) throws SQLException {
    try (ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getString(1);
    }
  }
}
