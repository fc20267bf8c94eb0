package org.imrf.devservices;

import java.util.function.Consumer;
import org.imrf.devservices.kafka.ContainerKafka;
import org.imrf.devservices.kafka.EmbeddedKafka;
import org.imrf.devservices.kafka.ExternalKafka;
import org.imrf.devservices.postgres.ContainerPostgres;
import org.imrf.devservices.postgres.EmbeddedPostgresServer;
import org.imrf.devservices.postgres.ExternalPostgres;
import org.testcontainers.DockerClientFactory;

/**
 * Obtains Kafka and PostgreSQL by the platform's one rule, in this order: endpoints given
 * explicitly; Testcontainers when a Docker engine is reachable; embedded ones started here.
 */
public final class DevServices implements AutoCloseable {

  private final KafkaService kafka;
  private final PostgresService postgres;

  private DevServices(KafkaService kafka, PostgresService postgres) {
    this.kafka = kafka;
    this.postgres = postgres;
  }

  /**
   * Starts (or connects to) both services.
   *
   * @param progress receives one line per step, for people watching a start
   */
  public static DevServices start(Settings settings, Consumer<String> progress) {
    KafkaService kafka = startKafka(settings, progress);
    try {
      return new DevServices(kafka, startPostgres(settings, progress));
    } catch (RuntimeException e) {
      kafka.close();
      throw e;
    }
  }

  public static KafkaService startKafka(Settings settings, Consumer<String> progress) {
    if (settings.externalKafka().isPresent()) {
      return new ExternalKafka(settings.externalKafka().get());
    }
    if (useContainers(settings.mode(), progress)) {
      return ContainerKafka.start(settings, progress);
    }
    return EmbeddedKafka.start(
        settings.dataDirectory().resolve("kafka"),
        settings.kafkaPort(),
        settings.kafkaControllerPort(),
        progress);
  }

  public static PostgresService startPostgres(Settings settings, Consumer<String> progress) {
    if (settings.externalPostgres().isPresent()) {
      return new ExternalPostgres(settings.externalPostgres().get());
    }
    if (useContainers(settings.mode(), progress)) {
      return ContainerPostgres.start(settings, progress);
    }
    return EmbeddedPostgresServer.start(
        settings.dataDirectory().resolve("postgres"),
        settings.postgresPort(),
        settings.persistent(),
        progress);
  }

  public KafkaService kafka() {
    return kafka;
  }

  public PostgresService postgres() {
    return postgres;
  }

  private static boolean useContainers(Mode mode, Consumer<String> progress) {
    return switch (mode) {
      case EMBEDDED -> false;
      case TESTCONTAINERS -> true;
      case AUTO -> DockerProbe.reachable(progress);
    };
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } finally {
      kafka.close();
    }
  }

  /** Asks Testcontainers once per JVM whether a Docker engine answers. */
  static final class DockerProbe {
    private static Boolean reachable;

    private DockerProbe() {}

    static synchronized boolean reachable(Consumer<String> progress) {
      if (reachable == null) {
        boolean socketOrHostGiven =
            System.getenv("DOCKER_HOST") != null
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                || java.nio.file.Files.exists(
                    java.nio.file.Path.of(
                        System.getProperty("user.home"), ".docker", "run", "docker.sock"))
                || java.nio.file.Files.exists(
                    java.nio.file.Path.of(
                        System.getProperty("user.home"), ".testcontainers.properties"));
        // without any sign of an engine, skip Testcontainers' probing and its error logs
        reachable = socketOrHostGiven && DockerClientFactory.instance().isDockerAvailable();
        progress.accept(
            reachable
                ? "Docker engine found: using Testcontainers"
                : "no Docker engine: using the embedded Kafka broker and PostgreSQL");
      }
      return reachable;
    }
  }
}
