package org.imrf.devservices;

import java.util.Map;
import java.util.Optional;

/**
 * A PostgreSQL server given explicitly: {@code IMRF_POSTGRES_URL} (a JDBC URL of a database the
 * user may create databases from, e.g. {@code jdbc:postgresql://db:5432/postgres}), {@code
 * IMRF_POSTGRES_USER} and {@code IMRF_POSTGRES_PASSWORD}.
 */
public record ExternalPostgresEndpoint(String adminJdbcUrl, String username, String password) {

  static Optional<ExternalPostgresEndpoint> from(Map<String, String> env) {
    String url = env.get("IMRF_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    if (!url.startsWith("jdbc:postgresql://")) {
      throw new IllegalArgumentException(
          "IMRF_POSTGRES_URL must be a jdbc:postgresql:// URL, not '" + url + "'");
    }
    return Optional.of(
        new ExternalPostgresEndpoint(
            url,
            env.getOrDefault("IMRF_POSTGRES_USER", "postgres"),
            env.getOrDefault("IMRF_POSTGRES_PASSWORD", "")));
  }

  @Override
  public String toString() {
    return "ExternalPostgresEndpoint[" + adminJdbcUrl + " as " + username + "]";
  }
}
