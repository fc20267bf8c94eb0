package org.imrf.devservices.postgres;

import org.imrf.devservices.ExternalPostgresEndpoint;
import org.imrf.devservices.PostgresService;

/** A PostgreSQL server given explicitly ({@code IMRF_POSTGRES_URL}); never stopped here. */
public final class ExternalPostgres implements PostgresService {

  private final ExternalPostgresEndpoint endpoint;
  private final String serverUrl;
  private final String adminDatabase;

  public ExternalPostgres(ExternalPostgresEndpoint endpoint) {
    this.endpoint = endpoint;
    String url = endpoint.adminJdbcUrl();
    int query = url.indexOf('?');
    String withoutQuery = query < 0 ? url : url.substring(0, query);
    int slash = withoutQuery.indexOf('/', "jdbc:postgresql://".length());
    this.serverUrl = slash < 0 ? withoutQuery : withoutQuery.substring(0, slash);
    this.adminDatabase = slash < 0 ? "postgres" : withoutQuery.substring(slash + 1);
  }

  @Override
  public String jdbcUrl(String database) {
    return serverUrl + "/" + database;
  }

  @Override
  public String adminDatabase() {
    return adminDatabase;
  }

  @Override
  public String username() {
    return endpoint.username();
  }

  @Override
  public String password() {
    return endpoint.password();
  }

  @Override
  public String description() {
    return "PostgreSQL at " + serverUrl + " (given by IMRF_POSTGRES_URL)";
  }

  @Override
  public void close() {
    // not ours to stop
  }
}
