package org.imrf.identity.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.imrf.backbone.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first organiser account, {@code organiser}, from a password hash that the launcher
 * generated (it printed the password once and keeps only the hash in the data directory).
 */
@Component
class OrganiserBootstrap implements ApplicationRunner {

  static final String USERNAME = "organiser";
  private static final Logger log = LoggerFactory.getLogger(OrganiserBootstrap.class);

  private final StaffDirectory directory;
  private final String hashFile;

  OrganiserBootstrap(
      StaffDirectory directory,
      @Value("${imrf.identity.bootstrap-organiser-hash-file:}") String hashFile) {
    this.directory = directory;
    this.hashFile = hashFile;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    if (hashFile == null || hashFile.isBlank() || !Files.exists(Path.of(hashFile))) {
      return;
    }
    try {
      String hash = Files.readString(Path.of(hashFile)).strip();
      if (directory.bootstrap(USERNAME, hash, Set.of(Role.ORGANISER))) {
        log.info("Created the first organiser account '{}'", USERNAME);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + hashFile, e);
    }
  }
}
