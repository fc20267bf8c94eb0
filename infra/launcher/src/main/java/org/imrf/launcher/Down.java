package org.imrf.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.imrf.devservices.process.JavaProcesses;

/**
 * {@code ./forum down}: asks the running launcher to stop everything in order; cleans up after a
 * launcher that was killed.
 */
final class Down {

  private static final Duration LAUNCHER_GRACE = Duration.ofSeconds(150);

  private final Path data;
  private final List<ServiceSpec> services;
  private final Console console = new Console();

  Down(Path data, List<ServiceSpec> services) {
    this.data = data;
    this.services = services;
  }

  int run() throws InterruptedException {
    StateFile stateFile = new StateFile(data);
    Optional<Properties> state = stateFile.read();
    if (state.isEmpty()) {
      console.line("The platform is not running (nothing recorded in " + data + ").");
      return 0;
    }
    Optional<ProcessHandle> launcher = StateFile.alive(state.get(), "launcher.pid");
    if (launcher.isPresent()) {
      console.line("Stopping the platform (launcher pid " + launcher.get().pid() + ")...");
      launcher.get().destroy();
      try {
        launcher.get().onExit().get(LAUNCHER_GRACE.toSeconds(), TimeUnit.SECONDS);
        console.line(String.format("Stopped in %.1f s. Data kept in %s", console.seconds(), data));
        return 0;
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        console.line("The launcher did not stop in time; stopping what it started.");
        launcher.get().destroyForcibly();
      }
    } else {
      console.line("The launcher is gone (killed?); stopping what it left running.");
    }
    for (ServiceSpec service : services) {
      stop(state.get(), service.name() + ".pid", service.name());
    }
    stop(state.get(), "kafka.pid", "Kafka");
    stop(state.get(), "postgres.pid", "PostgreSQL");
    stateFile.delete();
    console.line("Stopped. Data kept in " + data);
    return 0;
  }

  private void stop(Properties state, String key, String name) {
    StateFile.alive(state, key)
        .ifPresent(
            process -> {
              boolean graceful = JavaProcesses.stop(process, Duration.ofSeconds(40));
              console.step(name + (graceful ? " stopped" : " killed"));
            });
  }
}
