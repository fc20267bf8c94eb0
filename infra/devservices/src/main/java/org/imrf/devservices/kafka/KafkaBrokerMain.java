package org.imrf.devservices.kafka;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs one Apache Kafka KRaft node (broker and controller) in this JVM: formats its log directory
 * on first start, then hands over to Kafka's own entry point, which stops cleanly on SIGTERM.
 *
 * <p>Arguments: the server properties file, and the pid of the process that started it; the broker
 * exits when that process is gone, so that no broker outlives a killed launcher or test.
 */
public final class KafkaBrokerMain {

  private KafkaBrokerMain() {}

  public static void main(String[] args) throws Exception {
    Path properties = Path.of(args[0]);
    long parent = Long.parseLong(args[1]);
    ProcessHandle.of(parent)
        .ifPresentOrElse(
            handle -> handle.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));

    Path clusterIdFile = properties.resolveSibling("cluster.id");
    if (!Files.exists(clusterIdFile)) {
      Files.writeString(clusterIdFile, org.apache.kafka.common.Uuid.randomUuid().toString());
    }
    int formatted =
        kafka.tools.StorageTool.execute(
            new String[] {
              "format",
              "--cluster-id",
              Files.readString(clusterIdFile).trim(),
              "--config",
              properties.toString(),
              "--ignore-formatted"
            },
            System.out);
    if (formatted != 0) {
      System.exit(formatted);
    }
    kafka.Kafka.main(new String[] {properties.toString()});
  }
}
