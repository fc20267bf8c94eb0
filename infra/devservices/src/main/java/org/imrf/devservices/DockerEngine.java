package org.imrf.devservices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine answers, for choosing Testcontainers. */
@FunctionalInterface
public interface DockerEngine {

  boolean reachable();

  /**
   * The machine's engine, asked once per JVM. Testcontainers is asked only when there is a sign of
   * an engine (a socket, {@code DOCKER_HOST}, a Testcontainers configuration), which spares its
   * probing and error logs on machines that have none.
   */
  static DockerEngine ofThisMachine() {
    return Machine.ENGINE;
  }

  /**
   * An engine asked once, through {@code askTestcontainers}, if the environment or the files show a
   * sign of one; otherwise not reachable without asking.
   */
  static DockerEngine askedOnce(
      Map<String, String> env,
      Path home,
      Predicate<Path> exists,
      BooleanSupplier askTestcontainers) {
    return new DockerEngine() {
      private Boolean answer;

      @Override
      public synchronized boolean reachable() {
        if (answer == null) {
          boolean sign =
              env.get("DOCKER_HOST") != null
                  || exists.test(Path.of("/var/run/docker.sock"))
                  || exists.test(home.resolve(".docker/run/docker.sock"))
                  || exists.test(home.resolve(".testcontainers.properties"));
          answer = sign && askTestcontainers.getAsBoolean();
        }
        return answer;
      }
    };
  }

  /** Holds the machine's engine, made on first use. */
  final class Machine {
    private static final DockerEngine ENGINE =
        askedOnce(
            System.getenv(),
            Path.of(System.getProperty("user.home")),
            Files::exists,
            () -> DockerClientFactory.instance().isDockerAvailable());

    private Machine() {}
  }
}
