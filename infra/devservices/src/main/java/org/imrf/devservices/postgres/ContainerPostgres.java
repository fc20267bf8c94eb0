package org.imrf.devservices.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.imrf.devservices.PostgresService;
import org.imrf.devservices.Settings;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL in a Testcontainers container. */
public final class ContainerPostgres implements PostgresService {

  /** The same major version as the embedded binaries. */
  public static final String IMAGE = "postgres:17.6-alpine";

  private final PostgreSQLContainer container;

  private ContainerPostgres(PostgreSQLContainer container) {
    this.container = container;
  }

  public static ContainerPostgres start(Settings settings, Consumer<String> progress) {
    PostgreSQLContainer container = container(settings);
    long started = System.nanoTime();
    container.start();
    progress.accept(
        String.format(
            "PostgreSQL container %s ready on %s:%d (%.1f s)",
            IMAGE,
            container.getHost(),
            container.getMappedPort(5432),
            (System.nanoTime() - started) / 1e9));
    return new ContainerPostgres(container);
  }

  /** The server's container as the platform configures it, not started (nothing asks Docker). */
  static PostgreSQLContainer container(Settings settings) {
    PostgreSQLContainer container =
        new PostgreSQLContainer(IMAGE)
            .withDatabaseName("postgres")
            .withUsername("postgres")
            .withPassword("postgres")
            .withCommand("postgres", "-c", "max_connections=300");
    if (settings.persistent()) {
      Path data = settings.dataDirectory().resolve("postgres-container");
      try {
        Files.createDirectories(data);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      container.withFileSystemBind(data.toAbsolutePath().toString(), "/var/lib/postgresql/data");
    }
    return container;
  }

  @Override
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://"
        + container.getHost()
        + ":"
        + container.getMappedPort(5432)
        + "/"
        + database;
  }

  @Override
  public String username() {
    return container.getUsername();
  }

  @Override
  public String password() {
    return container.getPassword();
  }

  @Override
  public String description() {
    return "PostgreSQL container "
        + IMAGE
        + " on "
        + container.getHost()
        + ":"
        + container.getMappedPort(5432);
  }

  @Override
  public void close() {
    container.stop();
  }
}
