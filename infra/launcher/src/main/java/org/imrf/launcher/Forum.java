package org.imrf.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code ./forum} command: {@code up}, {@code down}, {@code status}. The script at the
 * repository's root builds what is missing and runs this class.
 */
public final class Forum {

  private Forum() {}

  static String identityUrl(List<ServiceSpec> services) {
    return services.stream()
        .filter(service -> service.name().equals("identity-service"))
        .findFirst()
        .orElseThrow()
        .url();
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    Path root = Path.of(System.getProperty("imrf.home", ".")).toAbsolutePath().normalize();
    Path data =
        Path.of(env.getOrDefault("IMRF_DATA_DIR", root.resolve(".forum").toString()))
            .toAbsolutePath()
            .normalize();
    List<ServiceSpec> services = ServiceSpec.ALL.stream().map(s -> s.withPortFrom(env)).toList();
    String command = args.length == 0 ? "help" : args[0];
    int code =
        switch (command) {
          case "up" -> new Up(root, data, env, services).run();
          case "down" -> new Down(data, services).run();
          case "status" -> new Status(data, services).run();
          case "credentials" -> {
            new Credentials(data).createAndShowOnce(new Console(), identityUrl(services));
            yield 0;
          }
          default -> {
            System.out.println("usage: ./forum up [--detach] | down | status");
            yield "help".equals(command) || "--help".equals(command) ? 0 : 2;
          }
        };
    System.exit(code);
  }
}
