package org.imrf.devservices;

import java.util.Optional;
import java.util.function.Consumer;

/** Where Kafka or PostgreSQL comes from, by the platform's one rule. */
public enum Source {
  /** Endpoints given explicitly: how production runs. */
  EXPLICIT,
  /** Testcontainers, on a Docker engine. */
  CONTAINERS,
  /** Started here from the Kafka jars and the packaged PostgreSQL binaries. */
  EMBEDDED;

  /**
   * Applies the rule: an endpoint given explicitly wins; otherwise the mode decides, and in {@code
   * auto} mode the engine is asked (only then, and only through {@code engine}).
   *
   * @param what the service, as people name it in progress lines
   * @param explicitEndpoint the endpoint given for this service, if any
   * @param engine answers whether a Docker engine is reachable
   * @param progress receives one line saying what was chosen and why
   * @throws IllegalStateException if containers are required but no engine answers
   */
  static Source choose(
      String what,
      Optional<?> explicitEndpoint,
      Mode mode,
      DockerEngine engine,
      Consumer<String> progress) {
    if (explicitEndpoint.isPresent()) {
      return EXPLICIT;
    }
    return switch (mode) {
      case EMBEDDED -> EMBEDDED;
      case TESTCONTAINERS -> {
        if (!engine.reachable()) {
          throw new IllegalStateException(
              what
                  + ": IMRF_DEVSERVICES=testcontainers, but no Docker engine answers; start one, or"
                  + " use IMRF_DEVSERVICES=auto (embedded Kafka and PostgreSQL without Docker)");
        }
        yield CONTAINERS;
      }
      case AUTO -> {
        boolean containers = engine.reachable();
        progress.accept(
            containers
                ? what + ": Testcontainers (a Docker engine answers)"
                : what + ": embedded (no Docker engine)");
        yield containers ? CONTAINERS : EMBEDDED;
      }
    };
  }
}
