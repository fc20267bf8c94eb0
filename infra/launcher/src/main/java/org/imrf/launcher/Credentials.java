package org.imrf.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The secrets the embedded platform needs: made on first start, shown once, kept only as hashes in
 * the data directory ({@code identity/}); the gateway's client secret is new on every start.
 */
final class Credentials {

  static final String ORGANISER = "organiser";
  static final String SCRIPT_CLIENT = "forum-scripts";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();

  private final Path directory;

  Credentials(Path data) {
    this.directory = data.resolve("identity");
  }

  Path organiserHashFile() {
    return directory.resolve(ORGANISER + ".hash");
  }

  Path scriptClientHashFile() {
    return directory.resolve(SCRIPT_CLIENT + ".hash");
  }

  /** Makes the organiser's password on first start. @return it, only the first time */
  Optional<String> firstOrganiserPassword() {
    return createOnce(organiserHashFile());
  }

  /** Makes the script client's secret on first start. @return it, only the first time */
  Optional<String> firstScriptClientSecret() {
    return createOnce(scriptClientHashFile());
  }

  String scriptClientHash() {
    return read(scriptClientHashFile());
  }

  /**
   * The key that seals access links between registration-service and notification-service: made on
   * first start and kept, so that links sealed before a restart still open after it.
   */
  String sealingKey() {
    return keptKey("sealing.key");
  }

  /**
   * The key that signs badges' QR codes (registration-service): made on first start and kept, so
   * that badges printed before a restart still check their holders in after it.
   */
  String badgeKey() {
    return keptKey("badge.key");
  }

  /**
   * The key the gateway signs the client's address and the public address with, for every service
   * to check: made on first start and kept, like the others.
   */
  String gatewayKey() {
    return keptKey("gateway.key");
  }

  private String keptKey(String name) {
    Path file = directory.getParent().resolve("secrets").resolve(name);
    if (!Files.exists(file)) {
      byte[] key = new byte[32];
      RANDOM.nextBytes(key);
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(key));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write " + file, e);
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the file keeps its default permissions
      }
    }
    return read(file);
  }

  /** A secret and its hash, for a client whose secret need not outlive this run. */
  static String[] ephemeralSecret() {
    String secret = secret();
    return new String[] {secret, "{bcrypt}" + BCRYPT.encode(secret)};
  }

  /**
   * Makes what is missing and prints, this once, what was made: the terminal is the only place
   * these secrets are ever written in clear.
   */
  void createAndShowOnce(Console console, String identityUrl) {
    Optional<String> password = firstOrganiserPassword();
    Optional<String> secret = firstScriptClientSecret();
    if (password.isEmpty() && secret.isEmpty()) {
      return;
    }
    console.line("");
    console.line("First start: these are shown once and stored only as hashes. Keep them safe.");
    password.ifPresent(
        value -> console.line("  first organiser    user " + ORGANISER + "   password " + value));
    secret.ifPresent(
        value -> {
          console.line("  script client      id " + SCRIPT_CLIENT + "   secret " + value);
          console.line(
              "                     curl -s -u "
                  + SCRIPT_CLIENT
                  + ":"
                  + value
                  + " -d grant_type=client_credentials "
                  + identityUrl
                  + "/oauth2/token");
        });
    console.line("");
  }

  private Optional<String> createOnce(Path hashFile) {
    if (Files.exists(hashFile)) {
      return Optional.empty();
    }
    String secret = secret();
    try {
      Files.createDirectories(directory);
      Files.writeString(hashFile, "{bcrypt}" + BCRYPT.encode(secret));
      Files.setPosixFilePermissions(hashFile, PosixFilePermissions.fromString("rw-------"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + hashFile, e);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the file keeps its default permissions
    }
    return Optional.of(secret);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static String secret() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
