package org.imrf.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.imrf.contracts.EventContracts;
import org.imrf.devservices.DevServices;
import org.imrf.devservices.Settings;
import org.imrf.devservices.kafka.KafkaTopics;
import org.imrf.devservices.mail.EmbeddedMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Kafka broker and PostgreSQL server of one test JVM, obtained by the platform's rule
 * (explicit endpoints, else Testcontainers, else embedded) on first use and shared by every test
 * context in the JVM. Topics are created from the contracts, as the launcher does.
 */
public final class TestInfrastructure {

  private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
  private static DevServices services;
  private static EmbeddedMail mail;

  private TestInfrastructure() {}

  public static synchronized DevServices get() {
    if (services == null) {
      Path directory =
          Path.of("target", "devservices", "run-" + ProcessHandle.current().pid()).toAbsolutePath();
      DevServices started =
          DevServices.start(Settings.forTests(directory, System.getenv()), log::info);
      KafkaTopics.ensure(
          started.kafka().bootstrapServers(), EventContracts.load().topics(), log::debug);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    started.close();
                    deleteQuietly(directory);
                  },
                  "test-infrastructure-stop"));
      services = started;
    }
    return services;
  }

  /**
   * The real mail server of one test JVM (GreenMail), started on first use for the services that
   * send mail; tests read what it received.
   */
  public static synchronized EmbeddedMail mail() {
    if (mail == null) {
      EmbeddedMail started = EmbeddedMail.forTests(log::info);
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-mail-stop"));
      mail = started;
    }
    return mail;
  }

  private static void deleteQuietly(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
