package org.imrf.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One service of the platform, as the launcher runs it.
 *
 * @param name its name, also its jar's name
 * @param module its module directory, relative to the repository root
 * @param database its own database, or null for one that keeps none (the gateway)
 * @param port its HTTP port
 */
public record ServiceSpec(String name, String module, String database, int port) {

  /** The platform's services, in the order they are listed to people. */
  public static final List<ServiceSpec> ALL =
      List.of(
          new ServiceSpec("identity-service", "infra/identity", "identity", 9000),
          new ServiceSpec("registration-service", "registration-service", "registration", 8081),
          new ServiceSpec("roundtable-service", "roundtable-service", "roundtable", 8082),
          new ServiceSpec("sideevent-service", "sideevent-service", "sideevent", 8083),
          new ServiceSpec("notification-service", "notification-service", "notification", 8084),
          new ServiceSpec("gateway", "infra/gateway", null, 8080));

  /** The executable jar the build puts in the module's target directory. */
  public Path jar(Path root) {
    return root.resolve(module).resolve("target").resolve(name + ".jar");
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /** A copy on another port ({@code IMRF_REGISTRATION_PORT}, {@code IMRF_GATEWAY_PORT}, ...). */
  public ServiceSpec withPort(int port) {
    return new ServiceSpec(name, module, database, port);
  }

  /** Whether it keeps data of its own (the gateway keeps none, and only reads events). */
  public boolean stateful() {
    return database != null;
  }

  ServiceSpec withPortFrom(java.util.Map<String, String> env) {
    String variable =
        "IMRF_"
            + (stateful() ? database : name).toUpperCase(java.util.Locale.ROOT).replace('-', '_')
            + "_PORT";
    String value = env.get(variable);
    if (value == null || value.isBlank()) {
      return this;
    }
    try {
      return new ServiceSpec(name, module, database, Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          variable + " must be a port number, not '" + value + "'", e);
    }
  }
}
