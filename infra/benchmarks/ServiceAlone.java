/*
 * Each service started alone, before and after: run it next to a running platform (./forum up) with
 *
 *   java infra/benchmarks/ServiceAlone.java [before checkout] [runs=3]
 *
 * For each service it copies the settings ./forum up gave the running one (Linux: /proc/<pid>/environ),
 * starts a second copy on its port + 100 and waits for its readiness probe: wall time from process start, the
 * CPU seconds the process had used then, and its RSS (Linux: /proc/<pid>/status). Then it stops it.
 *   - "after": as ./forum up starts it now, from $IMRF_DATA_DIR/app/<service> (the extracted jar and its AOT
 *     cache, made by the launcher) on the JDK the launcher chose, with Spring AOT;
 *   - "before" (only when a checkout is given, built with ./mvnw package): its fat jar on the JDK running this
 *     program, as ./forum up started services before issue 9.
 * Both with the launcher's default options (C1 only, serial GC). The second copy joins the running service's
 * consumer groups for a moment: run it on a platform no one is using.
 */
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class ServiceAlone {

  record Service(String name, String module, int port) {}

  static final List<Service> SERVICES =
      List.of(
          new Service("identity-service", "infra/identity", 9000),
          new Service("registration-service", "registration-service", 8081),
          new Service("roundtable-service", "roundtable-service", 8082),
          new Service("sideevent-service", "sideevent-service", 8083),
          new Service("notification-service", "notification-service", 8084),
          new Service("gateway", "infra/gateway", 8080));

  static final List<String> OPTIONS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-Xms64m",
          "-Xmx384m",
          "-XX:+IgnoreUnrecognizedVMOptions",
          "--enable-native-access=ALL-UNNAMED");

  record Result(double seconds, double cpu, long rssMb) {
    @Override
    public String toString() {
      return String.format("%.1f s / %.1f CPU s / %d MB", seconds, cpu, rssMb);
    }
  }

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  public static void main(String[] args) throws Exception {
    Path before = args.length > 0 ? Path.of(args[0]) : null;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path data = Path.of(System.getenv().getOrDefault("IMRF_DATA_DIR", ".forum"));
    String servicesJdk = stateValue(data, "services.jdk");
    String thisJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (Service service : SERVICES) {
      long pid = runningPid(data, service);
      Map<String, String> environment = environmentOf(pid);
      environment.put("PORT", Integer.toString(service.port() + 100));
      if (before != null) {
        List<String> command = new ArrayList<>(List.of(thisJava));
        command.addAll(OPTIONS);
        command.addAll(
            List.of(
                "-jar",
                before.resolve(service.module()).resolve("target/" + service.name() + ".jar").toString()));
        report(service, "before", command, environment, runs);
      }
      Path app = data.resolve("app").resolve(service.name());
      String cache = Files.exists(app.resolve("app.aot")) ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
      String archive = Files.exists(app.resolve("app.aot")) ? "app.aot" : "app.jsa";
      List<String> command = new ArrayList<>(List.of(Path.of(servicesJdk, "bin", "java").toString()));
      command.addAll(OPTIONS);
      command.addAll(
          List.of(
              cache + app.resolve(archive),
              "-Dspring.aot.enabled=true",
              "-jar",
              app.resolve(service.name() + ".jar").toString()));
      report(service, "after", command, environment, runs);
    }
  }

  static void report(
      Service service, String label, List<String> command, Map<String, String> environment, int runs)
      throws Exception {
    List<Result> results = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      results.add(startOnce(service, command, environment));
    }
    List<Result> bySeconds = new ArrayList<>(results);
    bySeconds.sort((a, b) -> Double.compare(a.seconds(), b.seconds()));
    System.out.printf(
        "%-22s %-6s median %s   runs: %s%n",
        service.name(), label, bySeconds.get(bySeconds.size() / 2), results);
  }

  static Result startOnce(Service service, List<String> command, Map<String, String> environment)
      throws Exception {
    Path log = Files.createTempFile(service.name() + "-alone", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    long started = System.nanoTime();
    Process process = builder.start();
    URI readiness =
        URI.create("http://127.0.0.1:" + (service.port() + 100) + "/actuator/health/readiness");
    try {
      while (!ready(readiness)) {
        if (!process.isAlive()) {
          throw new IllegalStateException(service.name() + " exited; see " + log);
        }
        if (System.nanoTime() - started > Duration.ofMinutes(3).toNanos()) {
          throw new IllegalStateException(service.name() + " not ready in 3 minutes; see " + log);
        }
        Thread.sleep(50);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      double cpu =
          process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L) / 1000.0;
      return new Result(seconds, cpu, rssMb(process.pid()));
    } finally {
      process.destroy();
      process.waitFor();
      Files.deleteIfExists(log);
    }
  }

  static boolean ready(URI readiness) {
    try {
      return HTTP.send(
                  HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(1)).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static long rssMb(long pid) throws IOException {
    return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
            .filter(line -> line.startsWith("VmRSS:"))
            .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
            .findFirst()
            .orElse(0L)
        / 1024;
  }

  static String stateValue(Path data, String key) throws IOException {
    return Files.readAllLines(data.resolve("forum.state")).stream()
        .filter(line -> line.startsWith(key + "="))
        .map(line -> line.substring(key.length() + 1).replace("\\:", ":"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("is the platform up? no " + key + " in " + data));
  }

  static long runningPid(Path data, Service service) throws IOException {
    return Long.parseLong(stateValue(data, service.name() + ".pid"));
  }

  static Map<String, String> environmentOf(long pid) throws IOException {
    Map<String, String> environment = new HashMap<>();
    String raw = new String(Files.readAllBytes(Path.of("/proc/" + pid + "/environ")));
    Arrays.stream(raw.split("\0"))
        .filter(entry -> entry.contains("="))
        .forEach(
            entry ->
                environment.put(
                    entry.substring(0, entry.indexOf('=')), entry.substring(entry.indexOf('=') + 1)));
    return environment;
  }
}
