package org.imrf.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.imrf.devservices.PostgresService;

/** Looks into a service's outbox, in its database on the test PostgreSQL server. */
final class OutboxProbe {

  private OutboxProbe() {}

  /**
   * Waits until every event the outbox of {@code database} holds now has been published (the relay
   * deletes an event only once Kafka has committed it), or fails at {@code deadline}.
   */
  static void awaitDrained(String database, long deadline) {
    PostgresService postgres = TestInfrastructure.get().postgres();
    try (Connection connection =
        DriverManager.getConnection(
            postgres.jdbcUrl(database), postgres.username(), postgres.password())) {
      long written =
          single(connection, "select coalesce(max(position), 0) from messaging.outbox", 0);
      long waiting;
      while ((waiting =
              single(
                  connection, "select count(*) from messaging.outbox where position <= ?", written))
          > 0) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError(
              waiting + " events still wait in the outbox of " + database + " at the deadline");
        }
        Thread.sleep(50);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the outbox of " + database, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the outbox of " + database, e);
    }
  }

  private static long single(Connection connection, String sql, long parameter)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (sql.contains("?")) {
        statement.setLong(1, parameter);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
