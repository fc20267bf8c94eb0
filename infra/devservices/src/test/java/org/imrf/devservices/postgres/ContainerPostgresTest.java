package org.imrf.devservices.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.imrf.devservices.Mode;
import org.imrf.devservices.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database's container, configured as the platform runs it, checked without a Docker engine.
 */
class ContainerPostgresTest {

  @TempDir Path data;

  @Test
  void theServerHasRoomForEveryServicesPool() {
    var container = ContainerPostgres.container(settings(false));

    assertThat(container.getCommandParts())
        .containsExactly("postgres", "-c", "max_connections=300");
    assertThat(container.getUsername()).isEqualTo("postgres");
    assertThat(container.getBinds()).isEmpty();
  }

  @Test
  void givenTheLauncherTheDatabaseIsKeptInTheDataDirectory() {
    var container = ContainerPostgres.container(settings(true));

    assertThat(container.getBinds())
        .singleElement()
        .satisfies(
            bind -> {
              assertThat(bind.getPath())
                  .isEqualTo(data.resolve("postgres-container").toAbsolutePath().toString());
              assertThat(bind.getVolume().getPath()).isEqualTo("/var/lib/postgresql/data");
            });
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
