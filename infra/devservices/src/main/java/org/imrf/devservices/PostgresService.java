package org.imrf.devservices;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A reachable PostgreSQL server on which each service gets a database of its own. */
public interface PostgresService extends AutoCloseable {

  /** A JDBC URL for one database on this server. */
  String jdbcUrl(String database);

  String username();

  String password();

  /** One line for people: what it is and where. */
  String description();

  /** The database that administrative statements run in. */
  default String adminDatabase() {
    return "postgres";
  }

  /** Creates the database unless it exists. */
  default void ensureDatabase(String database) {
    if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("Not a plain database name: " + database);
    }
    try (Connection connection =
            DriverManager.getConnection(jdbcUrl(adminDatabase()), username(), password());
        PreparedStatement exists =
            connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, database);
      try (ResultSet found = exists.executeQuery()) {
        if (found.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("create database " + database + " encoding 'UTF8'");
      }
    } catch (SQLException e) {
      if ("42P04".equals(e.getSQLState())) {
        return; // created meanwhile by someone else
      }
      throw new IllegalStateException(
          "Cannot create database " + database + ": " + e.getMessage(), e);
    }
  }

  /** Stops what this process started; an external server is left alone. */
  @Override
  void close();
}
