package org.imrf.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What a running platform left in its data directory for {@code status} and {@code down}: the
 * launcher's pid and each component's pid and address.
 */
final class StateFile {

  static final String NAME = "forum.state";

  private final Path file;

  StateFile(Path dataDirectory) {
    this.file = dataDirectory.resolve(NAME);
  }

  Optional<Properties> read() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Properties state = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      state.load(in);
      return Optional.of(state);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Replaces the file in one step, so a reader never sees half of it. */
  void write(Properties state) {
    Path temporary = file.resolveSibling(NAME + ".tmp");
    try (OutputStream out = Files.newOutputStream(temporary)) {
      state.store(out, "written by ./forum up; read by ./forum status and ./forum down");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + temporary, e);
    }
    try {
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + file, e);
    }
  }

  static Optional<ProcessHandle> alive(Properties state, String key) {
    String pid = state.getProperty(key);
    if (pid == null) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
  }
}
