package org.imrf.devservices.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.imrf.devservices.Mode;
import org.imrf.devservices.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker's container, configured as the platform runs it, checked without a Docker engine. */
class ContainerKafkaTest {

  @TempDir Path data;

  @Test
  void topicsAreCreatedOnlyFromTheContracts() {
    var container = ContainerKafka.container(settings(false));

    assertThat(container.getEnvMap()).containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
    assertThat(container.getBinds()).isEmpty();
  }

  @Test
  void givenTheLauncherTheBrokersDataIsKeptInTheDataDirectory() {
    var container = ContainerKafka.container(settings(true));

    assertThat(container.getEnvMap()).containsEntry("KAFKA_LOG_DIRS", "/var/lib/kafka/data");
    assertThat(container.getBinds())
        .singleElement()
        .satisfies(
            bind -> {
              assertThat(bind.getPath())
                  .isEqualTo(data.resolve("kafka-container").toAbsolutePath().toString());
              assertThat(bind.getVolume().getPath()).isEqualTo("/var/lib/kafka/data");
            });
    assertThat(data.resolve("kafka-container")).isDirectory().isWritable();
  }

  private Settings settings(boolean persistent) {
    return new Settings(
        data,
        persistent,
        19092,
        19093,
        15432,
        Mode.TESTCONTAINERS,
        Optional.empty(),
        Optional.empty());
  }
}
