package org.imrf.devservices;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.imrf.devservices.process.Ports;

/**
 * Where dev services keep their data, on which ports embedded ones listen, and which endpoints were
 * given explicitly.
 *
 * @param dataDirectory the one directory that embedded services write under
 * @param persistent whether data survives a stop (the launcher) or is thrown away (tests)
 * @param kafkaPort client port of an embedded broker
 * @param kafkaControllerPort KRaft controller port of an embedded broker
 * @param postgresPort port of an embedded PostgreSQL
 * @param mode how to obtain what was not given explicitly
 * @param externalKafka bootstrap servers given explicitly
 * @param externalPostgres an administrative PostgreSQL connection given explicitly
 */
public record Settings(
    Path dataDirectory,
    boolean persistent,
    int kafkaPort,
    int kafkaControllerPort,
    int postgresPort,
    Mode mode,
    Optional<String> externalKafka,
    Optional<ExternalPostgresEndpoint> externalPostgres) {

  /** Launcher defaults: fixed documented ports, data kept, overridable by environment variables. */
  public static Settings forLauncher(Path dataDirectory, Map<String, String> env) {
    return new Settings(
        dataDirectory,
        true,
        intSetting(env, "IMRF_KAFKA_PORT", 19092),
        intSetting(env, "IMRF_KAFKA_CONTROLLER_PORT", 19093),
        intSetting(env, "IMRF_POSTGRES_PORT", 15432),
        Mode.parse(env.get("IMRF_DEVSERVICES")),
        external(env, "IMRF_KAFKA_BOOTSTRAP_SERVERS"),
        ExternalPostgresEndpoint.from(env));
  }

  /** Test defaults: free ports, data thrown away; the same environment variables apply. */
  public static Settings forTests(Path dataDirectory, Map<String, String> env) {
    int[] ports = Ports.free(3);
    return new Settings(
        dataDirectory,
        false,
        ports[0],
        ports[1],
        ports[2],
        Mode.parse(env.get("IMRF_DEVSERVICES")),
        external(env, "IMRF_KAFKA_BOOTSTRAP_SERVERS"),
        ExternalPostgresEndpoint.from(env));
  }

  private static Optional<String> external(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
  }

  private static int intSetting(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'", e);
    }
  }
}
