package org.imrf.devservices;

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
    KafkaService kafka = startKafka(settings, progress);
    try {
      return new DevServices(kafka, startPostgres(settings, progress));
    } catch (RuntimeException e) {
      kafka.close();
      throw e;
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
