package org.imrf.devservices.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starting and stopping child JVMs. */
public final class JavaProcesses {

  private JavaProcesses() {}

  /** The {@code java} executable of the running JVM. */
  public static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * A command that runs {@code mainClass} in a new JVM on this JVM's classpath.
   *
   * @param jvmOptions options before the main class
   * @param arguments arguments after it
   */
  public static List<String> commandFor(
      Class<?> mainClass, List<String> jvmOptions, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(arguments);
    return command;
  }

  /**
   * Stops a process as a signal from the system would (SIGTERM, so shutdown hooks run), then
   * forcibly if it has not ended in time.
   *
   * @return whether it ended gracefully
   */
  public static boolean stop(ProcessHandle process, Duration grace) {
    if (!process.isAlive()) {
      return true;
    }
    process.destroy();
    try {
      process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // not ended in time: fall through
    }
    process.destroyForcibly();
    return false;
  }

  /** The last lines of a log, to explain why a child failed. */
  public static String tail(Path log, int lines) {
    if (!Files.exists(log)) {
      return "(no log at " + log + ")";
    }
    try {
      List<String> all =
          new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
      return String.join(
          System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
