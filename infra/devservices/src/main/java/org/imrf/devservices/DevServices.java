package org.imrf.devservices;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.imrf.devservices.kafka.ContainerKafka;
import org.imrf.devservices.kafka.EmbeddedKafka;
import org.imrf.devservices.kafka.ExternalKafka;
import org.imrf.devservices.postgres.ContainerPostgres;
import org.imrf.devservices.postgres.EmbeddedPostgresServer;
import org.imrf.devservices.postgres.ExternalPostgres;

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
    Object lines = new Object();
    Consumer<String> oneAtATime =
        line -> {
          synchronized (lines) {
            progress.accept(line);
          }
        };
    // side by side: each start mostly waits for its own process, which saves seconds per test JVM
    CompletableFuture<PostgresService> postgres =
        CompletableFuture.supplyAsync(() -> startPostgres(settings, oneAtATime));
    KafkaService kafka;
    try {
      kafka = startKafka(settings, oneAtATime);
    } catch (RuntimeException e) {
      postgres.thenAccept(PostgresService::close);
      throw e;
    }
    try {
      return new DevServices(kafka, postgres.join());
    } catch (CompletionException e) {
      kafka.close();
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  public static KafkaService startKafka(Settings settings, Consumer<String> progress) {
    return switch (Source.choose(
        "Kafka",
        settings.externalKafka(),
        settings.mode(),
        DockerEngine.ofThisMachine(),
        progress)) {
      case EXPLICIT -> new ExternalKafka(settings.externalKafka().get());
      case CONTAINERS -> ContainerKafka.start(settings, progress);
      case EMBEDDED ->
          EmbeddedKafka.start(
              settings.dataDirectory().resolve("kafka"),
              settings.kafkaPort(),
              settings.kafkaControllerPort(),
              progress);
    };
  }

  public static PostgresService startPostgres(Settings settings, Consumer<String> progress) {
    return switch (Source.choose(
        "PostgreSQL",
        settings.externalPostgres(),
        settings.mode(),
        DockerEngine.ofThisMachine(),
        progress)) {
      case EXPLICIT -> new ExternalPostgres(settings.externalPostgres().get());
      case CONTAINERS -> ContainerPostgres.start(settings, progress);
      case EMBEDDED ->
          EmbeddedPostgresServer.start(
              settings.dataDirectory().resolve("postgres"),
              settings.postgresPort(),
              settings.persistent(),
              progress);
    };
  }

  public KafkaService kafka() {
    return kafka;
  }

  public PostgresService postgres() {
    return postgres;
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } finally {
      kafka.close();
    }
  }
}
