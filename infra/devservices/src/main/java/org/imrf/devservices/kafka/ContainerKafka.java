package org.imrf.devservices.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Consumer;
import org.imrf.devservices.KafkaService;
import org.imrf.devservices.Settings;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/** Apache Kafka in a Testcontainers container. */
public final class ContainerKafka implements KafkaService {

  /** Pinned to the Kafka version of the clients the platform uses. */
  public static final String IMAGE = "apache/kafka:4.1.2";

  private final KafkaContainer container;

  private ContainerKafka(KafkaContainer container) {
    this.container = container;
  }

  public static ContainerKafka start(Settings settings, Consumer<String> progress) {
    KafkaContainer container = container(settings);
    long started = System.nanoTime();
    container.start();
    progress.accept(
        String.format(
            "Kafka container %s ready on %s (%.1f s)",
            IMAGE, container.getBootstrapServers(), (System.nanoTime() - started) / 1e9));
    return new ContainerKafka(container);
  }

  /** The broker's container as the platform configures it, not started (nothing asks Docker). */
  static KafkaContainer container(Settings settings) {
    KafkaContainer container =
        new KafkaContainer(IMAGE)
            .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
            .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
    if (settings.persistent()) {
      Path data = settings.dataDirectory().resolve("kafka-container");
      try {
        Files.createDirectories(data);
        // the image runs as an unprivileged user that must write the bound directory
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      container
          .withEnv("KAFKA_LOG_DIRS", "/var/lib/kafka/data")
          .withFileSystemBind(data.toAbsolutePath().toString(), "/var/lib/kafka/data");
    }
    return container;
  }

  @Override
  public String bootstrapServers() {
    return container.getBootstrapServers();
  }

  @Override
  public String description() {
    return "Kafka container " + IMAGE + " on " + bootstrapServers();
  }

  @Override
  public boolean interruptible() {
    return true;
  }

  @Override
  public Outage interrupt() {
    // pausing keeps the mapped port, so clients reconnect to the same address afterwards
    var docker = DockerClientFactory.instance().client();
    docker.pauseContainerCmd(container.getContainerId()).exec();
    return () -> docker.unpauseContainerCmd(container.getContainerId()).exec();
  }

  @Override
  public void close() {
    container.stop();
  }
}
