/*
 * Each service started alone, before and after: run it next to a running platform (./forum up) with
 *
 *   java infra/benchmarks/ServiceAlone.java [before checkout] [runs=3]
 *
 * For each service it copies the command line and settings ./forum up started the running one with (Linux:
 * /proc/<pid>/cmdline and environ), starts a second copy on its port + 100 and waits for its readiness probe:
 * wall time from process start, the CPU seconds the process had used then, and its RSS (Linux:
 * /proc/<pid>/status). Then it stops it.
 *   - "after": exactly as ./forum up started the running service (from its start-up cache when it had one);
 *   - "before" (only when a checkout is given, built with ./mvnw package): its fat jar on the JDK running this
 *     program, as ./forum up started services before issue 9: the same JVM options without the start-up cache
 *     and Spring AOT.
 * The second copy joins the running service's consumer groups for a moment: run it on a platform no one is
 * using.
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

  /** Options of the running service that belong to how it starts now, not before. */
  static final List<String> NOT_BEFORE =
      List.of("-XX:AOTCache=", "-XX:SharedArchiveFile=", "-Dspring.aot.enabled=");

  record Result(double seconds, double cpu, long rssMb) {
    @Override
    public String toString() {
      return String.format("%.1f s / %.1f CPU s / %d MB", seconds, cpu, rssMb);
    }
  }

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  public static void main(String[] args) throws Exception {
    Path before = args.length > 0 && !args[0].isBlank() ? Path.of(args[0]) : null;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path data = Path.of(System.getenv().getOrDefault("IMRF_DATA_DIR", ".forum"));
    String thisJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (Service service : SERVICES) {
      long pid = runningPid(data, service);
      Map<String, String> environment = environmentOf(pid);
      environment.put("PORT", Integer.toString(service.port() + 100));
      List<String> now = commandLineOf(pid);
      if (before != null) {
        List<String> command = new ArrayList<>(List.of(thisJava));
        now.subList(1, now.indexOf("-jar")).stream()
            .filter(option -> NOT_BEFORE.stream().noneMatch(option::startsWith))
            .forEach(command::add);
        command.addAll(
            List.of(
                "-jar",
                before.resolve(service.module()).resolve("target/" + service.name() + ".jar").toString()));
        report(service, "before", command, environment, runs);
      }
      report(service, "after", now, environment, runs);
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

  static long runningPid(Path data, Service service) throws IOException {
    String key = service.name() + ".pid=";
    return Files.readAllLines(data.resolve("forum.state")).stream()
        .filter(line -> line.startsWith(key))
        .map(line -> Long.parseLong(line.substring(key.length()).trim()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("is the platform up? no " + key + " in " + data));
  }

  static List<String> commandLineOf(long pid) throws IOException {
    return List.of(new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline"))).split("\0"));
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
