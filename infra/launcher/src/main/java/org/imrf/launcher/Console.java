package org.imrf.launcher;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What people watching {@code ./forum} see: one line per step, timestamps relative to start. */
final class Console {

  private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
  private final long started = System.nanoTime();

  void step(String line) {
    out.printf("  [%5.1fs] %s%n", seconds(), line);
  }

  void line(String line) {
    out.println(line);
  }

  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }
}
