package org.imrf.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imrf.devservices.process.JavaProcesses;

/** One service running in its own JVM, its output in a log file. */
public final class ServiceProcess {

  /**
   * C1 only: four JVMs start on two cores in about 35 s instead of 55 s; a service's peak
   * throughput is lower, so benchmarks set {@code IMRF_JAVA_OPTS} without it.
   */
  public static final List<String> DEFAULT_JVM_OPTIONS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-Xms64m",
          "-Xmx384m",
          "-XX:+IgnoreUnrecognizedVMOptions",
          "--enable-native-access=ALL-UNNAMED");

  /**
   * Every service jar carries the bean definitions Spring AOT generated at build time ({@code
   * spring-boot:process-aot}); this makes the service use them instead of discovering its beans.
   */
  static final String SPRING_AOT = "-Dspring.aot.enabled=true";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private final ServiceSpec spec;
  private final Process process;
  private final Path log;
  private final long startedNanos = System.nanoTime();

  private ServiceProcess(ServiceSpec spec, Process process, Path log) {
    this.spec = spec;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts a service.
   *
   * @param environment the service's documented settings (DB_URL, KAFKA_BOOTSTRAP_SERVERS, ...)
   * @param jvmOptions options for its JVM
   */
  public static ServiceProcess start(
      ServiceSpec spec,
      Path jar,
      Path logs,
      Map<String, String> environment,
      List<String> jvmOptions) {
    return start(
        spec,
        Path.of(JavaProcesses.javaExecutable()),
        jar,
        logs.resolve(spec.name() + ".log"),
        environment,
        jvmOptions);
  }

  /**
   * Starts a service on a given JDK.
   *
   * @param java the {@code java} executable
   * @param log the file its output goes to
   */
  static ServiceProcess start(
      ServiceSpec spec,
      Path java,
      Path jar,
      Path log,
      Map<String, String> environment,
      List<String> jvmOptions) {
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: build with ./forum up or ./mvnw package");
    }
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmOptions);
    command.add(SPRING_AOT);
    command.add("-jar");
    command.add(jar.toString());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      return new ServiceProcess(spec, process, log);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + spec.name(), e);
    }
  }

  public ServiceSpec spec() {
    return spec;
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  public boolean alive() {
    return process.isAlive();
  }

  int exitValue() {
    return process.exitValue();
  }

  /** Waits for the process to end by itself. */
  boolean awaitExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  double secondsSinceStart() {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  /** Whether the service answers its readiness probe with UP. */
  public boolean ready() {
    return ready(spec.url());
  }

  static boolean ready(String baseUrl) {
    try {
      HttpResponse<Void> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
                  .timeout(Duration.ofSeconds(3))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Ends the service at once, as a crash would: no shutdown hook runs. */
  public void kill() {
    process.destroyForcibly();
    process.onExit().join();
  }

  /** Asks the service to stop (SIGTERM: it finishes in-flight work), forcing it after the grace. */
  public boolean stop(Duration grace) {
    return JavaProcesses.stop(process.toHandle(), grace);
  }
}
