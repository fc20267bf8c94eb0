package org.imrf.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What makes one service start fast: its jar extracted (class data sharing reads plain jars on a
 * class path, not the jars nested in an executable one) and a cache of its classes written by a
 * training run that stops once the application context is refreshed — JDK 25's AOT cache (classes
 * loaded and linked, method profiles), or an AppCDS archive on JDK 17 to 24. The JVM ignores a
 * cache made for another class path or JDK, silently and slowly; so each cache carries a stamp of
 * the jar and the JDK it was made for, and is made again when either changed, saying why.
 */
final class StartCache {

  private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(4);

  private final ServiceSpec service;
  private final Path jar;
  private final Jdk jdk;
  private final Path folder;

  /**
   * @param jar the service's executable jar, as built
   * @param apps the folder where services are extracted and their caches kept
   */
  StartCache(ServiceSpec service, Path jar, Jdk jdk, Path apps) {
    this.service = service;
    this.jar = jar;
    this.jdk = jdk;
    this.folder = apps.resolve(service.name());
  }

  ServiceSpec service() {
    return service;
  }

  /** The jar the service runs from: the extracted one, its libraries beside it. */
  Path runnableJar() {
    return folder.resolve(service.name() + ".jar");
  }

  Path cache() {
    return folder.resolve(jdk.hasAotCache() ? "app.aot" : "app.jsa");
  }

  private Path stampFile() {
    return folder.resolve("cache.stamp");
  }

  /**
   * What the cache was made from: the built jar's content (each entry's name, size and CRC, read
   * from its central directory: a rebuild that changed nothing keeps the cache) and the JDK.
   */
  String stamp() {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      zip.stream()
          .filter(entry -> !generatedAtBuild(entry.getName()))
          .sorted(java.util.Comparator.comparing(java.util.zip.ZipEntry::getName))
          .forEach(
              entry ->
                  digest.update(
                      (entry.getName() + ' ' + entry.getSize() + ' ' + entry.getCrc() + '\n')
                          .getBytes(StandardCharsets.UTF_8)));
      return "jar="
          + jar.toRealPath()
          + " content="
          + java.util.HexFormat.of().formatHex(digest.digest())
          + "\njdk="
          + jdk.home()
          + " version="
          + jdk.version()
          + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + jar, e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Spring AOT's output: derived from the classes, resources and libraries the stamp holds, yet
   * written in a different order by each build (proxies' methods, bean registrations), so a rebuild
   * that changed nothing would otherwise look like a new service.
   */
  static boolean generatedAtBuild(String entry) {
    String name = entry.substring(entry.lastIndexOf('/') + 1);
    return name.contains("$$SpringCGLIB$$")
        || (entry.startsWith("BOOT-INF/classes/") && name.endsWith(".class") && name.contains("__"))
        || entry.startsWith("META-INF/native-image/")
        || entry.equals("BOOT-INF/layers.idx");
  }

  /** Why the cache must be made (again), or empty when it is current. */
  Optional<String> staleness() {
    if (!Files.exists(stampFile()) || !Files.exists(cache()) || !Files.exists(runnableJar())) {
      return Optional.of("no start-up cache yet");
    }
    String held;
    try {
      held = Files.readString(stampFile(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Optional.of("its stamp is unreadable");
    }
    String now = stamp();
    if (held.equals(now)) {
      return Optional.empty();
    }
    return Optional.of(
        held.lines().findFirst().equals(now.lines().findFirst())
            ? "the JDK changed"
            : "the service was rebuilt");
  }

  /**
   * Extracts the jar afresh, then runs the service until its context is refreshed (beans defined,
   * database migrated, nothing served), after which its JVM writes the cache and exits.
   *
   * @param command what comes before {@code java}, e.g. {@code nice}
   */
  void make(
      List<String> command,
      Path java,
      Map<String, String> environment,
      List<String> jvmOptions,
      Path logs)
      throws InterruptedException {
    try {
      Files.createDirectories(folder);
      Files.deleteIfExists(stampFile());
      Files.deleteIfExists(cache());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare " + folder, e);
    }
    run(
        extraction(command, java),
        logs.resolve(service.name() + "-extract.log"),
        Duration.ofMinutes(2));
    List<String> training = new ArrayList<>(command);
    training.add(java.toString());
    training.addAll(jvmOptions);
    training.add(
        jdk.hasAotCache()
            ? "-XX:AOTCacheOutput=" + cache()
            : "-XX:ArchiveClassesAtExit=" + cache());
    training.add(ServiceProcess.SPRING_AOT);
    training.add("-Dspring.context.exit=onRefresh");
    training.add("-jar");
    training.add(runnableJar().toString());
    ProcessBuilder builder = new ProcessBuilder(training);
    builder.environment().putAll(environment);
    Path log = logs.resolve(service.name() + "-training.log");
    int exit = run(builder, log, TRAINING_TIMEOUT);
    try {
      if (exit != 0 || !Files.exists(cache()) || Files.size(cache()) == 0) {
        throw new IllegalStateException(
            "the training run ended with " + exit + " and no cache (see " + log + ")");
      }
      Files.writeString(stampFile(), stamp(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + stampFile(), e);
    }
  }

  private ProcessBuilder extraction(List<String> command, Path java) {
    List<String> extract = new ArrayList<>(command);
    extract.addAll(
        List.of(
            java.toString(),
            "-Djarmode=tools",
            "-jar",
            jar.toString(),
            "extract",
            "--destination",
            folder.toString(),
            "--force"));
    return new ProcessBuilder(extract);
  }

  private static int run(ProcessBuilder builder, Path log, Duration timeout)
      throws InterruptedException {
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    Process process;
    try {
      process = builder.start();
      process.getOutputStream().close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + builder.command(), e);
    }
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("took over " + timeout + " (see " + log + ")");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      // the platform is stopping: the training run goes with it, and is made again next time
      process.destroyForcibly();
      throw e;
    }
  }

  /** The jar a service starts from, and the JVM options that go with it. */
  record Start(Path jar, List<String> options) {}

  /**
   * How the service starts given its cache's {@link #staleness()}: the extracted jar with its cache
   * when current, else the jar as built.
   */
  Start start(Optional<String> staleness) {
    if (staleness.isPresent()) {
      return new Start(jar, List.of());
    }
    return new Start(
        runnableJar(),
        List.of(
            jdk.hasAotCache() ? "-XX:AOTCache=" + cache() : "-XX:SharedArchiveFile=" + cache()));
  }

  /** The jar to start: the extracted one with a current cache, else the jar as built. */
  Path jarToRun() {
    return start(staleness()).jar();
  }

  /** Options that start the service from its cache, when there is a current one. */
  List<String> runOptions() {
    return start(staleness()).options();
  }
}
