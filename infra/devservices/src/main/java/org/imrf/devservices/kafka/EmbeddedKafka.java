package org.imrf.devservices.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.imrf.devservices.KafkaService;
import org.imrf.devservices.process.JavaProcesses;
import org.imrf.devservices.process.Ports;

/**
 * A real single-node Apache Kafka (KRaft, broker and controller in one) from the Kafka jars on the
 * classpath, run in a child JVM so that it can be stopped and started again like a real broker.
 * Listens on loopback only.
 */
public final class EmbeddedKafka implements KafkaService {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final Path directory;
  private final int port;
  private final int controllerPort;
  private final Consumer<String> progress;
  private Process process;

  private EmbeddedKafka(Path directory, int port, int controllerPort, Consumer<String> progress) {
    this.directory = directory;
    this.port = port;
    this.controllerPort = controllerPort;
    this.progress = progress;
  }

  /** Starts a broker whose data lives under {@code directory}, and waits until it serves. */
  public static EmbeddedKafka start(
      Path directory, int port, int controllerPort, Consumer<String> progress) {
    EmbeddedKafka kafka = new EmbeddedKafka(directory, port, controllerPort, progress);
    kafka.launch();
    return kafka;
  }

  @Override
  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  @Override
  public String description() {
    return "embedded Apache Kafka "
        + org.apache.kafka.common.utils.AppInfoParser.getVersion()
        + " (KRaft) on "
        + bootstrapServers()
        + ", data in "
        + directory.resolve("data");
  }

  /** The broker's process id, while it runs. */
  public long pid() {
    return process.pid();
  }

  public Path log() {
    return directory.resolve("broker.log");
  }

  @Override
  public boolean interruptible() {
    return true;
  }

  @Override
  public Outage interrupt() {
    stopProcess();
    return this::launch;
  }

  @Override
  public synchronized void close() {
    stopProcess();
  }

  private synchronized void launch() {
    for (int taken : List.of(port, controllerPort)) {
      if (Ports.listening(taken)) {
        throw new IllegalStateException(
            "Port "
                + taken
                + " is in use: another broker (or program) is listening. Stop it, or choose other"
                + " ports with IMRF_KAFKA_PORT and IMRF_KAFKA_CONTROLLER_PORT.");
      }
    }
    long started = System.nanoTime();
    try {
      Files.createDirectories(directory.resolve("data"));
      Path properties = directory.resolve("server.properties");
      writeProperties(properties);
      ProcessBuilder builder =
          new ProcessBuilder(
                  JavaProcesses.commandFor(
                      KafkaBrokerMain.class,
                      List.of(
                          // C1 only: ready in ~3.7 s instead of ~5 s, and the broker's share of a
                          // registration's CPU is small (docs/benchmarks.md, registration burst)
                          "-XX:TieredStopAtLevel=1",
                          "-Xms128m",
                          "-Xmx" + System.getenv().getOrDefault("IMRF_KAFKA_HEAP", "512m"),
                          "-XX:+UseSerialGC",
                          "-XX:+IgnoreUnrecognizedVMOptions",
                          "--enable-native-access=ALL-UNNAMED",
                          "-Dlogback.configurationFile=imrf-kafka-logback.xml",
                          "-Dimrf.process=kafka"),
                      List.of(properties.toString(), Long.toString(ProcessHandle.current().pid()))))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
      process = builder.start();
      process.getOutputStream().close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded Kafka broker", e);
    }
    awaitReady();
    progress.accept(
        String.format(
            "Kafka broker ready on %s (%.1f s)",
            bootstrapServers(), (System.nanoTime() - started) / 1e9));
  }

  private void writeProperties(Path file) throws IOException {
    Properties properties = new Properties();
    properties.putAll(
        Map.ofEntries(
            Map.entry("process.roles", "broker,controller"),
            Map.entry("node.id", "1"),
            Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
            Map.entry(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
            Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
            Map.entry("controller.listener.names", "CONTROLLER"),
            Map.entry("inter.broker.listener.name", "PLAINTEXT"),
            Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
            Map.entry("log.dirs", directory.resolve("data").toAbsolutePath().toString()),
            // topics are created from the contracts, never by a typo in a producer
            Map.entry("auto.create.topics.enable", "false"),
            Map.entry("num.partitions", "3"),
            // one node: every internal topic has one replica
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("offsets.topic.num.partitions", "10"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            Map.entry("share.coordinator.state.topic.replication.factor", "1"),
            Map.entry("share.coordinator.state.topic.min.isr", "1"),
            Map.entry("group.initial.rebalance.delay.ms", "0"),
            Map.entry("log.retention.check.interval.ms", "60000")));
    try (OutputStream out = Files.newOutputStream(file)) {
      properties.store(out, "written by the IMRF dev services on every start");
    }
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    // an admin client polling a closed port logs a warning each time: wait for the socket first
    while (!Ports.listening(port) && process.isAlive() && System.nanoTime() < deadline) {
      pause();
    }
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
    try (Admin admin = Admin.create(config)) {
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "The embedded Kafka broker exited with "
                  + process.exitValue()
                  + ". Its log ("
                  + log()
                  + ") ends with:\n"
                  + JavaProcesses.tail(log(), 30));
        }
        try {
          if (!admin
              .describeCluster(new DescribeClusterOptions().timeoutMs(2000))
              .nodes()
              .get(3, TimeUnit.SECONDS)
              .isEmpty()) {
            return;
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        } catch (Exception notYet) {
          // not serving yet
        }
        pause();
      }
    }
    stopProcess();
    throw new IllegalStateException(
        "The embedded Kafka broker did not serve within "
            + READY_TIMEOUT.toSeconds()
            + " s. Its log ("
            + log()
            + ") ends with:\n"
            + JavaProcesses.tail(log(), 30));
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Kafka", e);
    }
  }

  private synchronized void stopProcess() {
    if (process != null && process.isAlive()) {
      if (!JavaProcesses.stop(process.toHandle(), STOP_GRACE)) {
        progress.accept("Kafka broker did not stop in time and was killed");
      }
    }
  }
}
