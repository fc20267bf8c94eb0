package org.imrf.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDK on this machine.
 *
 * @param home its directory (holding {@code bin/java} and {@code release})
 * @param version its full version, as its {@code release} file says ({@code 25.0.3})
 * @param feature the version's first number ({@code 25})
 */
record Jdk(Path home, String version, int feature) {

  private static final Pattern JAVA_VERSION =
      Pattern.compile("^JAVA_VERSION=\"?([0-9][^\"]*)\"?\\s*$", Pattern.MULTILINE);

  /** The JDK at {@code home}, if it is one: a {@code bin/java} and a readable version. */
  static Optional<Jdk> at(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin").resolve("java"))) {
      return Optional.empty();
    }
    try {
      Matcher version = JAVA_VERSION.matcher(Files.readString(release));
      if (!version.find()) {
        return Optional.empty();
      }
      String full = version.group(1).trim();
      String first = full.startsWith("1.") ? full.substring(2) : full;
      int feature = Integer.parseInt(first.split("[^0-9]")[0]);
      return Optional.of(new Jdk(home.toRealPath(), full, feature));
    } catch (IOException | NumberFormatException unreadable) {
      return Optional.empty();
    }
  }

  Path java() {
    return home.resolve("bin").resolve("java");
  }

  /** JDK 25 and later keep an AOT cache (classes loaded and linked, method profiles). */
  boolean hasAotCache() {
    return feature >= 25;
  }
}
