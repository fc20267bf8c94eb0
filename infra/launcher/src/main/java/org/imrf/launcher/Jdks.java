package org.imrf.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which JDK runs the services: {@code IMRF_JAVA_HOME} when set; otherwise the newest of {@code
 * JAVA_HOME}, the JDK running the launcher and the machine's JDK folders, because each JDK since 17
 * starts Spring services faster (JDK 25 keeps an AOT cache of linked classes and method profiles),
 * and the services need 17 or newer.
 */
final class Jdks {

  /** Where JDKs are installed on Linux and macOS, and by SDKMAN. */
  static final List<Path> MACHINE_FOLDERS =
      List.of(
          Path.of("/usr/lib/jvm"),
          Path.of("/usr/java"),
          Path.of("/opt/java"),
          Path.of("/Library/Java/JavaVirtualMachines"),
          Path.of(System.getProperty("user.home"), ".sdkman", "candidates", "java"));

  /**
   * The chosen JDK, and why.
   *
   * @param reason a line for people: which JDK, where it was found, why it was chosen
   */
  record Choice(Jdk jdk, String reason) {}

  private Jdks() {}

  static Choice choose(Map<String, String> env, Path running, List<Path> machineFolders) {
    String explicit = env.get("IMRF_JAVA_HOME");
    if (explicit != null && !explicit.isBlank()) {
      Jdk jdk =
          Jdk.at(Path.of(explicit.trim()))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "IMRF_JAVA_HOME=" + explicit + " is not a JDK (no bin/java or release)"));
      requireSeventeen(jdk, "IMRF_JAVA_HOME");
      return new Choice(jdk, describe(jdk) + ", as IMRF_JAVA_HOME says");
    }
    Map<Path, String> candidates = new LinkedHashMap<>();
    String javaHome = env.get("JAVA_HOME");
    if (javaHome != null && !javaHome.isBlank()) {
      candidates.put(Path.of(javaHome.trim()), "JAVA_HOME");
    }
    candidates.putIfAbsent(running, "the launcher's own");
    for (Path folder : machineFolders) {
      for (Path home : homesIn(folder)) {
        candidates.putIfAbsent(home, folder.toString());
      }
    }
    Map<Path, Jdk> found = new LinkedHashMap<>();
    Map<Path, String> whereFound = new LinkedHashMap<>();
    candidates.forEach(
        (home, where) ->
            Jdk.at(home)
                .filter(jdk -> jdk.feature() >= 17)
                .ifPresent(
                    jdk -> {
                      found.putIfAbsent(jdk.home(), jdk);
                      whereFound.putIfAbsent(jdk.home(), where);
                    }));
    // the newest; among equals, the first found (JAVA_HOME before the machine's)
    Jdk newest =
        found.values().stream()
            .max(Comparator.comparingInt(Jdk::feature))
            .orElseThrow(
                () -> new IllegalStateException("no JDK 17 or newer found: set IMRF_JAVA_HOME"));
    List<String> others = new ArrayList<>();
    found.values().stream()
        .filter(jdk -> !jdk.equals(newest))
        .forEach(jdk -> others.add(jdk.version()));
    return new Choice(
        newest,
        describe(newest)
            + " ("
            + whereFound.get(newest.home())
            + "), the newest found"
            + (others.isEmpty() ? "" : " (also: " + String.join(", ", others) + ")")
            + (newest.hasAotCache()
                ? ": its AOT cache makes services start fastest"
                : ": services start from a class data sharing archive"));
  }

  private static void requireSeventeen(Jdk jdk, String where) {
    if (jdk.feature() < 17) {
      throw new IllegalStateException(
          where + " points at Java " + jdk.version() + "; the services need 17 or newer");
    }
  }

  private static String describe(Jdk jdk) {
    return "JDK " + jdk.version() + " at " + jdk.home();
  }

  /** The JDK homes directly in a folder, and macOS bundles' {@code Contents/Home}. */
  private static List<Path> homesIn(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .sorted()
          .map(
              entry ->
                  Files.isDirectory(entry.resolve("Contents").resolve("Home"))
                      ? entry.resolve("Contents").resolve("Home")
                      : entry)
          .toList();
    } catch (IOException unreadable) {
      return List.of();
    }
  }
}
